// Builds the example for one platform unless it was already built from the same inputs, so that `pnpm test`
// and `pnpm demo` stay fast. Used by test/global-setup.ts, test/demo.test.ts and scripts/demo.mjs.
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
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureAuditBuilt } from '../../../packages/audit/scripts/ensure-built.mjs'

/** @type {import('./build.d.mts').appRoot} */
export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('./build.d.mts').outputDirs} */
export const outputDirs = { weapp: join(appRoot, 'dist'), h5: join(appRoot, 'dist-h5') }

/** @param {string} dir */
function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/**
 * Folders of the workspace packages the app bundles: `dependencies`, transitively (devDependencies are tools).
 * @param {string} dir @param {Set<string>} [seen]
 */
function workspacePackages(dir, seen = new Set()) {
  for (const [name, spec] of Object.entries(readManifest(dir).dependencies ?? {})) {
    if (!String(spec).startsWith('workspace:')) continue
    const pkgDir = realpathSync(join(dir, 'node_modules', name))
    if (seen.has(pkgDir)) continue
    seen.add(pkgDir)
    workspacePackages(pkgDir, seen)
  }
  return seen
}

/** @type {import('./build.d.mts').inputsHash} */
export function inputsHash(platform) {
  const hash = createHash('sha256').update(`${platform}\0`)
  /** @param {string} file */
  const add = (file) => hash.update(relative(appRoot, file)).update('\0').update(readFileSync(file))
  // privacy.json: the audit plugin (@mp-privacy/audit/taro) fails a production build that uses an undeclared type.
  for (const file of ['package.json', 'babel.config.js', 'project.config.json', 'privacy.json'])
    add(join(appRoot, file))
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

/** @type {import('./build.d.mts').ensureBuilt} */
export function ensureBuilt(platform) {
  // config/index.ts loads @mp-privacy/audit/taro from the package's dist/.
  ensureAuditBuilt()
  // Outside the output folder because Taro empties it when it builds; .cache is git-ignored.
  const hashFile = join(appRoot, '.cache', `${platform}-inputs.hash`)
  const outputDir = outputDirs[platform]
  const hash = inputsHash(platform)
  const marker = join(outputDir, platform === 'weapp' ? 'app.json' : 'index.html')
  if (existsSync(marker) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) {
    return { outputDir, built: false }
  }
  // Build as `pnpm build:<platform>` does: Vitest's NODE_ENV=test and VITEST_* would change Taro's mode.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  try {
    execFileSync(join(appRoot, 'node_modules', '.bin', 'taro'), ['build', '--type', platform], {
      cwd: appRoot,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error)
    throw new Error(`taro build --type ${platform} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
  mkdirSync(dirname(hashFile), { recursive: true })
  writeFileSync(hashFile, hash)
  return { outputDir, built: true }
}
