import { createHash } from 'node:crypto'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { appRoot, listFiles } from './output'

type Manifest = { dependencies?: Record<string, string> }

/**
 * Folders of the workspace (`workspace:`) and linked (`link:`) packages in the `dependencies` of `dir`,
 * transitively: for this app @mp-privacy/vue and, through it, @mp-privacy/core. `devDependencies` (test
 * tools such as @mp-privacy/simulator) never reach the bundle.
 *
 * @example
 * localPackages(appRoot) // Set { '/…/packages/vue', '/…/packages/core' }
 */
export function localPackages(dir: string, seen = new Set<string>()): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
  for (const [name, spec] of Object.entries(manifest.dependencies ?? {})) {
    if (!spec.startsWith('workspace:') && !spec.startsWith('link:')) continue
    const pkgDir = realpathSync(join(dir, 'node_modules', name))
    if (seen.has(pkgDir)) continue
    seen.add(pkgDir)
    localPackages(pkgDir, seen)
  }
  return seen
}

/** Test files of a workspace package never reach the bundle: changing them needs no rebuild. */
const isTestFile = (file: string) => /(^|\/)__tests__\/|\.test(-d)?\.[cm]?[jt]sx?$/.test(file)

/**
 * Every file the build reads that can change in this repository: the app's `src/`, `vite.config.ts` and
 * `package.json` (which pins the toolchain), and the `package.json` and `src/` (`.ts` and `.vue`) of every
 * workspace package the app depends on. Absolute paths, in a stable order.
 *
 * @example
 * buildInputs().some((file) => file.endsWith('components/PrivacyGuard.vue')) // true
 */
export function buildInputs(): string[] {
  // privacy.json: the audit plugin (@mp-privacy/audit/vite) fails a production build that uses an undeclared type.
  const files = [
    join(appRoot, 'package.json'),
    join(appRoot, 'vite.config.ts'),
    join(appRoot, 'privacy.json'),
  ]
  files.push(...listFiles(join(appRoot, 'src')).map((file) => join(appRoot, 'src', file)))
  for (const pkgDir of [...localPackages(appRoot)].sort()) {
    files.push(join(pkgDir, 'package.json'))
    const src = join(pkgDir, 'src')
    if (!existsSync(src) || !statSync(src).isDirectory()) continue
    files.push(
      ...listFiles(src)
        .filter((file) => !isTestFile(file))
        .map((file) => join(src, file)),
    )
  }
  return files
}

/**
 * A hash of the names and contents of `buildInputs()`.
 *
 * @example
 * writeFileSync(hashFile, inputsHash())
 */
export function inputsHash(): string {
  const hash = createHash('sha256')
  for (const file of buildInputs()) {
    hash.update(relative(appRoot, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}
