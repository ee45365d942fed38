import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureAuditBuilt } from '../../../packages/audit/scripts/ensure-built.mjs'
import { inputsHash } from './build-inputs'
import { appRoot, outputDir } from './output'

/** Stored next to the output, not inside it: `uni build` empties its output folder. */
const hashFile = `${outputDir}.inputs-hash`

/** Builds the mini-program unless the output was built from the same inputs (see `buildInputs`). */
export default function setup(): void {
  // vite.config.ts loads @mp-privacy/audit/vite from the package's dist/.
  ensureAuditBuilt()
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
