import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { appRoot, listFiles, outputDir } from './output'

type Manifest = { dependencies?: Record<string, string> }

/** Stored next to the output, not inside it: `uni build` empties its output folder. */
const hashFile = `${outputDir}.inputs-hash`

/**
 * Folders of the workspace (`workspace:`) and linked (`link:`) packages in the `dependencies` of `dir`,
 * transitively. `devDependencies` (test tools such as @mp-privacy/simulator) never reach the bundle.
 */
function localPackages(dir: string, seen = new Set<string>()): Set<string> {
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

/** A hash of everything the build reads that can change in this repository. */
function inputsHash(): string {
  const hash = createHash('sha256')
  const add = (file: string) => {
    hash.update(relative(appRoot, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  for (const file of ['package.json', 'vite.config.ts']) add(join(appRoot, file))
  for (const file of listFiles(join(appRoot, 'src'))) add(join(appRoot, 'src', file))
  for (const pkgDir of [...localPackages(appRoot)].sort()) {
    add(join(pkgDir, 'package.json'))
    const src = join(pkgDir, 'src')
    if (existsSync(src) && statSync(src).isDirectory()) {
      for (const file of listFiles(src)) add(join(src, file))
    }
  }
  return hash.digest('hex')
}

/** Builds the mini-program unless the output was built from the same inputs. */
export default function setup(): void {
  const hash = inputsHash()
  const built = existsSync(join(outputDir, 'app.json')) && existsSync(hashFile)
  if (built && readFileSync(hashFile, 'utf8') === hash) return

  // Vitest's variables (NODE_ENV=test, VITEST=…) change how uni's CLI resolves `vue`; build as
  // `pnpm build:mp-weixin` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  try {
    execFileSync(join(appRoot, 'node_modules', '.bin', 'uni'), ['build', '-p', 'mp-weixin'], {
      cwd: appRoot,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`uni build -p mp-weixin failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
  writeFileSync(hashFile, hash)
}
