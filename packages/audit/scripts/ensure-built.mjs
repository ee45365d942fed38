// The Taro and Vite plugins run from dist/ (Taro and Vite load config plugins with Node, without the workspace's
// source condition). The examples' builds call this first: it builds dist/ when a source is newer than it.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not `new URL('..', import.meta.url)`: under Vitest's jsdom environment `URL` is jsdom's, which fileURLToPath refuses.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** @param {string} dir @returns {number} */
function newest(dir) {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

/** Builds packages/audit/dist unless it is newer than every source. */
export function ensureAuditBuilt() {
  const outputs = ['taro.cjs', 'vite.js', 'vite.cjs'].map((file) => join(root, 'dist', file))
  const inputs = Math.max(
    newest(join(root, 'src')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'tsup.config.ts')).mtimeMs,
  )
  if (outputs.every((file) => existsSync(file) && statSync(file).mtimeMs >= inputs)) return false
  try {
    execFileSync(join(root, '..', '..', 'node_modules', '.bin', 'tsup'), [], {
      cwd: root,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error)
    throw new Error(`building packages/audit (tsup) failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
  return true
}

// `node packages/audit/scripts/ensure-built.mjs`: the examples' build scripts run it before `taro build` / `uni`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureAuditBuilt()
