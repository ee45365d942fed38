// Which library files of a native app can run: DevTools' "构建 npm" copies whole packages into `miniprogram_npm/`,
// but a component runs only when a page or component names it in `usingComponents`, and a module only when code that
// runs requires it.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** Whether a file is library code built by DevTools: under a `miniprogram_npm/` folder of the app folder `dir`. */
export function isNpmBuildFile(dir: string, file: string): boolean {
  return relative(dir, file).split(/[\\/]/).includes('miniprogram_npm')
}

/**
 * The files under `miniprogram_npm/` the app can run, among `files` (absolute paths of the app folder `dir`). The
 * app's own files all count (a page missing from app.json included: DevTools may still upload it); from them,
 * components are followed through `usingComponents` and `componentGenerics` defaults of every json (app.json's
 * global components too), modules through `require("…")`, `import … from "…"`, `export … from "…"` and
 * `import("…")` with a literal path (relative, from the app root, or a `miniprogram_npm` package looked up from the
 * file's folder to the app root as DevTools does), and templates through `<import src>` / `<include src>`.
 * When something cannot be told apart it is reachable: a library file is left out only when nothing names it.
 *
 * @example
 * ```ts
 * const reach = reachableLibraryFiles('/app', files)
 * reach.has('/app/miniprogram_npm/@vant/weapp/uploader/index.js') // false unless a page uses <van-uploader>
 * ```
 */
export function reachableLibraryFiles(dir: string, files: readonly string[]): Set<string> {
  const reached = new Set<string>()
  const library = files.filter((file) => isNpmBuildFile(dir, file))
  if (library.length === 0) return reached
  const queue: string[] = []
  const visited = new Set<string>()
  const visit = (file: string) => {
    if (visited.has(file)) return
    visited.add(file)
    queue.push(file)
  }
  const component = (base: string) => {
    for (const ext of COMPONENT_FILES) if (existsSync(`${base}${ext}`)) visit(`${base}${ext}`)
  }
  // The app's own code: every json, script and template outside miniprogram_npm.
  for (const file of files) if (!isNpmBuildFile(dir, file)) visit(file)
  for (const jsonFile of ownJsonFiles(dir, files)) visit(jsonFile)
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (isNpmBuildFile(dir, file)) reached.add(file)
    const source = readText(file)
    if (source === undefined) continue
    if (file.endsWith('.json')) {
      for (const path of componentPaths(source)) {
        const base = resolveComponent(dir, file.slice(0, -'.json'.length), path)
        if (base) component(base)
      }
    } else if (file.endsWith('.wxml')) {
      for (const src of templateSources(source)) {
        const target = resolve(dirname(file), src.endsWith('.wxml') ? src : `${src}.wxml`)
        if (existsSync(target)) visit(target)
      }
    } else {
      for (const specifier of moduleSpecifiers(source)) {
        const target = resolveModule(dir, file, specifier)
        if (target) visit(target)
      }
    }
  }
  return reached
}

/** The files that make a component: its script (or TypeScript source), template and json. */
const COMPONENT_FILES = ['.js', '.ts', '.wxml', '.json']

/** The json files beside the app's own scripts and templates (pages and components name their components there). */
function ownJsonFiles(dir: string, files: readonly string[]): string[] {
  const found = new Set<string>([join(dir, 'app.json'), join(dir, 'ext.json')])
  for (const file of files) {
    if (isNpmBuildFile(dir, file)) continue
    found.add(file.replace(/\.(?:js|ts|wxml)$/, '.json'))
  }
  return [...found].filter((file) => existsSync(file))
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch {
    return undefined
  }
}

/** The component paths a json names: `usingComponents` values and `componentGenerics` defaults. */
function componentPaths(source: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch {
    return []
  }
  if (typeof parsed !== 'object' || parsed === null) return []
  const { usingComponents, componentGenerics } = parsed as {
    usingComponents?: unknown
    componentGenerics?: unknown
  }
  const paths: string[] = []
  if (typeof usingComponents === 'object' && usingComponents !== null) {
    for (const value of Object.values(usingComponents)) if (typeof value === 'string') paths.push(value)
  }
  if (typeof componentGenerics === 'object' && componentGenerics !== null) {
    for (const generic of Object.values(componentGenerics)) {
      const fallback = (generic as { default?: unknown } | null)?.default
      if (typeof fallback === 'string') paths.push(fallback)
    }
  }
  return paths.filter((path) => !path.startsWith('plugin://') && !path.startsWith('plugin-private://'))
}

/** Where a component path leads from the component or page `base` (path without extension). */
function resolveComponent(dir: string, base: string, path: string): string | undefined {
  for (const candidate of candidates(dir, dirname(base), path)) {
    for (const file of [candidate, join(candidate, 'index')]) {
      if (COMPONENT_FILES.some((ext) => existsSync(`${file}${ext}`))) return file
    }
  }
  return undefined
}

/** The module a specifier names from `file`: the file itself, with `.js`/`.ts`, or its folder's index. */
function resolveModule(dir: string, file: string, specifier: string): string | undefined {
  for (const candidate of candidates(dir, dirname(file), specifier)) {
    for (const target of [
      candidate,
      `${candidate}.js`,
      `${candidate}.ts`,
      join(candidate, 'index.js'),
      join(candidate, 'index.ts'),
    ]) {
      if (/\.(?:js|ts)$/.test(target) && isFile(target)) return target
    }
  }
  return undefined
}

/**
 * Where a path may point, nearest first: from the app root (`/x`), relative (`./x`, `../x`), or, bare, a package in
 * the `miniprogram_npm` folders from `folder` up to the app root, then relative to `folder` (WeChat's `require`
 * accepts `utils/x` for `./utils/x`) and to the app root.
 */
function candidates(dir: string, folder: string, path: string): string[] {
  if (path.startsWith('/')) return [join(dir, path)]
  if (path.startsWith('.')) return [resolve(folder, path)]
  return [...npmFolders(folder, dir).map((npm) => join(npm, path)), resolve(folder, path), join(dir, path)]
}

/**
 * `miniprogram_npm` folders from `folder` up to the app root, nearest first (DevTools' lookup of a bare module name).
 *
 * @example
 * ```ts
 * npmFolders('/app/pages/home', '/app') // ['/app/pages/home/miniprogram_npm', '/app/pages/miniprogram_npm', '/app/miniprogram_npm']
 * ```
 */
export function npmFolders(folder: string, root: string): string[] {
  const folders: string[] = []
  for (let current = folder; ; current = dirname(current)) {
    folders.push(join(current, 'miniprogram_npm'))
    if (current === root || !`${current}${sep}`.startsWith(`${root}${sep}`) || dirname(current) === current)
      break
  }
  return folders
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

const MODULE_PATTERNS = [
  /\brequire\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g,
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
  /\bimport\s*\(?\s*(['"])([^'"\n]+)\1/g,
]

/** The literal module specifiers of a script (a path built at run time is not followed). */
function moduleSpecifiers(source: string): string[] {
  const found = new Set<string>()
  for (const pattern of MODULE_PATTERNS) {
    for (const match of source.matchAll(pattern)) found.add(match[2] as string)
  }
  return [...found]
}

/** `<import src="…">`, `<include src="…">` of a template. */
function templateSources(source: string): string[] {
  const found: string[] = []
  for (const match of source.matchAll(/<(?:import|include)\b[^>]*?\bsrc\s*=\s*(['"])([^'"]+)\1/g)) {
    found.push(match[2] as string)
  }
  return found
}
