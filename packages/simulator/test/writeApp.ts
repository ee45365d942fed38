import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll } from 'vitest'

/**
 * Writes a test file's own mini program (path → content) into a fresh temporary folder, removed after the file's
 * tests, and returns the folder.
 *
 * @example
 * const root = writeApp('mp-privacy-harness-', { 'app.json': '{"pages":["pages/index/index"]}', 'app.js': 'App({})' })
 */
export function writeApp(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  return root
}
