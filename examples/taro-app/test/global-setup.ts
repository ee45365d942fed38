import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { appRoot, weappDir } from './paths'

type Manifest = {
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

/** Outside dist/ because Taro empties dist/ when it builds; .cache is git-ignored. */
const hashFile = join(appRoot, '.cache', 'weapp-inputs.hash')

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Folders of the workspace packages the app bundles: `dependencies`, transitively (devDependencies are tools). */
function workspacePackages(dir: string, seen = new Set<string>()): Set<string> {
  for (const [name, spec] of Object.entries(readManifest(dir).dependencies ?? {})) {
    if (!spec.startsWith('workspace:')) continue
    const pkgDir = realpathSync(join(dir, 'node_modules', name))
    if (seen.has(pkgDir)) continue
    seen.add(pkgDir)
    workspacePackages(pkgDir, seen)
  }
  return seen
}

/** A hash of what the build reads: the app's sources and config, installed versions, workspace sources. */
function inputsHash(): string {
  const hash = createHash('sha256')
  const add = (file: string) => hash.update(relative(appRoot, file)).update('\0').update(readFileSync(file))
  for (const file of ['package.json', 'babel.config.js', 'project.config.json']) add(join(appRoot, file))
  for (const file of [...listFiles(join(appRoot, 'config')), ...listFiles(join(appRoot, 'src'))]) add(file)
  const { dependencies, devDependencies } = readManifest(appRoot)
  for (const name of Object.keys({ ...dependencies, ...devDependencies }).sort()) {
    hash.update(`${name}@${readManifest(join(appRoot, 'node_modules', name)).version}\0`)
  }
  for (const pkgDir of [...workspacePackages(appRoot)].sort()) {
    add(join(pkgDir, 'package.json'))
    for (const file of listFiles(join(pkgDir, 'src'))) if (!/\.test(-d)?\.tsx?$/.test(file)) add(file)
  }
  return hash.digest('hex')
}

/** Builds the weapp output unless it was built from the same inputs (keeps `pnpm test` fast). */
export default function setup(): void {
  const hash = inputsHash()
  const built = existsSync(join(weappDir, 'app.json')) && existsSync(hashFile)
  if (built && readFileSync(hashFile, 'utf8') === hash) return

  // Build as `pnpm build:weapp` does: Vitest's NODE_ENV=test and VITEST_* would change Taro's mode.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  try {
    execFileSync(join(appRoot, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
      cwd: appRoot,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`taro build --type weapp failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
  mkdirSync(dirname(hashFile), { recursive: true })
  writeFileSync(hashFile, hash)
}
