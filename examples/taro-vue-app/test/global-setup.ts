import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const appRoot = resolve(__dirname, '..')
const workspace = resolve(appRoot, '..', '..')
// Inside dist/ (ignored by git), written after the build: `taro build` empties dist/ first.
const hashFile = join(appRoot, 'dist', '.inputs-hash')

/** The files the build reads that can change here: the app and the sources of the packages it bundles. */
function inputs(): string[] {
  const files = ['package.json', 'babel.config.js', 'project.config.json'].map((file) => join(appRoot, file))
  for (const dir of [
    join(appRoot, 'src'),
    join(appRoot, 'config'),
    join(workspace, 'packages/vue/src'),
    join(workspace, 'packages/core/src'),
  ]) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name)
      if (entry.isFile() && !file.includes('__tests__')) files.push(file)
    }
  }
  return files.sort()
}

/** Builds dist/ with `taro build --type weapp` unless it was built from the same inputs. */
export default function setup(): void {
  const hash = createHash('sha256')
  for (const file of inputs()) hash.update(relative(workspace, file)).update('\0').update(readFileSync(file))
  const digest = hash.digest('hex')
  if (existsSync(join(appRoot, 'dist', 'app.json')) && existsSync(hashFile)) {
    if (readFileSync(hashFile, 'utf8') === digest) return
  }
  // Vitest's variables change how the CLI resolves packages; build as `pnpm build:weapp` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  execFileSync(join(appRoot, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: appRoot,
    env,
    stdio: 'pipe',
  })
  writeFileSync(hashFile, digest)
}
