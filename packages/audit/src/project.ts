// The mini program's folder and files, as WeChat DevTools sees them: `miniprogramRoot`, TypeScript sources compiled by
// DevTools (`useCompilerPlugins`), npm packages built into `miniprogram_npm`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

interface ProjectConfig {
  miniprogramRoot?: unknown
  setting?: { packNpmRelationList?: unknown }
}

/** The folder with `app.json`: `dir` itself, or the `miniprogramRoot` its `project.config.json` names. */
export function appFolder(dir: string): string {
  if (existsSync(join(dir, 'app.json')) || existsSync(join(dir, 'ext.json'))) return dir
  const root = readProjectConfig(dir)?.miniprogramRoot
  return typeof root === 'string' && root.trim() !== '' ? resolve(dir, root) : dir
}

function readProjectConfig(dir: string): ProjectConfig | undefined {
  try {
    const text = readFileSync(join(dir, 'project.config.json'), 'utf8').replace(/^\uFEFF/, '')
    const config: unknown = JSON.parse(text)
    return typeof config === 'object' && config !== null ? (config as ProjectConfig) : undefined
  } catch {
    return undefined
  }
}

/**
 * The root of the WeChat project `dir` belongs to: the folder of the nearest `project.config.json` at or above `dir`
 * whose `miniprogramRoot` is a folder inside it that holds `dir` (`miniprogram/` of DevTools' TypeScript template, which has a
 * package.json of its own). `undefined` when no such project is found (Taro and uni-app output: the project root is
 * then the folder of their package.json).
 */
export function wechatProjectRoot(dir: string): string | undefined {
  const target = resolve(dir)
  for (let current = target; ; current = dirname(current)) {
    if (existsSync(join(current, 'project.config.json'))) {
      const root = readProjectConfig(current)?.miniprogramRoot
      if (typeof root !== 'string' || root.trim() === '') return undefined
      const app = resolve(current, root)
      // `"./"` (Taro copies its project.config.json into dist/ so): the app folder itself, not a project above it.
      if (app === current) return undefined
      return app === target || target.startsWith(`${app}${sep}`) ? current : undefined
    }
    if (dirname(current) === current) return undefined
  }
}

/** The app's source files to read, by kind, sorted. */
export interface SourceFiles {
  js: string[]
  /** TypeScript sources DevTools compiles (`useCompilerPlugins: ["typescript"]`): those without a `.js` beside them. */
  ts: string[]
  wxml: string[]
}

/**
 * Every `.js`, `.ts` and `.wxml` file under `dir`. A `.ts` with a compiled `.js` beside it is read as the `.js` (the
 * code that runs, mapped back through its source map); declaration files (`.d.ts`) and `node_modules` (DevTools runs
 * `miniprogram_npm`) are not the app's code.
 */
export function listSources(dir: string): SourceFiles {
  const files: SourceFiles = { js: [], ts: [], wxml: [] }
  const visit = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true })
    const names = new Set(entries.map((entry) => entry.name))
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(path)
      } else if (!entry.isFile()) {
      } else if (entry.name.endsWith('.js')) files.js.push(path)
      else if (entry.name.endsWith('.wxml')) files.wxml.push(path)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        if (!names.has(`${entry.name.slice(0, -3)}.js`)) files.ts.push(path)
      }
    }
  }
  visit(dir)
  for (const list of Object.values(files)) list.sort()
  return files
}

/** An npm package the app declares whose `miniprogram_npm` build is missing. */
export interface UnbuiltPackage {
  name: string
  /** The package.json that declares it. */
  packageJson: string
}

/**
 * Dependencies of a native app that DevTools has not built into `miniprogram_npm` ("构建 npm"): their components and
 * calls cannot be audited. Reads the package.json of the app folder, or those `packNpmRelationList` names.
 */
export function unbuiltPackages(appDir: string): UnbuiltPackage[] {
  const pairs: { packageJson: string; distDir: string }[] = []
  const projectDir = findProjectDir(appDir)
  const relations = projectDir ? readProjectConfig(projectDir)?.setting?.packNpmRelationList : undefined
  if (projectDir && Array.isArray(relations)) {
    for (const relation of relations as { packageJsonPath?: unknown; miniprogramNpmDistDir?: unknown }[]) {
      if (typeof relation.packageJsonPath !== 'string' || typeof relation.miniprogramNpmDistDir !== 'string')
        continue
      pairs.push({
        packageJson: resolve(projectDir, relation.packageJsonPath),
        distDir: resolve(projectDir, relation.miniprogramNpmDistDir),
      })
    }
  } else pairs.push({ packageJson: join(appDir, 'package.json'), distDir: appDir })
  const unbuilt: UnbuiltPackage[] = []
  for (const { packageJson, distDir } of pairs) {
    for (const name of dependencies(packageJson)) {
      if (!existsSync(join(distDir, 'miniprogram_npm', name))) unbuilt.push({ name, packageJson })
    }
  }
  return unbuilt
}

function dependencies(packageJson: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(packageJson, 'utf8').replace(/^\uFEFF/, '')) as {
      dependencies?: unknown
    }
    return typeof manifest.dependencies === 'object' && manifest.dependencies !== null
      ? Object.keys(manifest.dependencies)
      : []
  } catch {
    return []
  }
}

/** The folder of the `project.config.json` at or above the app folder (at most two levels: `miniprogramRoot`). */
function findProjectDir(appDir: string): string | undefined {
  let current = appDir
  for (let level = 0; level < 3; level++) {
    if (existsSync(join(current, 'project.config.json')) && statSync(current).isDirectory()) return current
    if (dirname(current) === current) break
    current = dirname(current)
  }
  return undefined
}
