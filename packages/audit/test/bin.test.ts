import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'dist', 'cli.js')

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: join(root, 'test', 'fixtures'),
    encoding: 'utf8',
  })
}

test('mp-privacy-audit exits 1 on errors and prints the report', () => {
  const { status, stdout } = run('native', '--lang', 'en')
  expect(status).toBe(1)
  expect(stdout).toContain('✖ error [undeclared-privacy-type]')
  expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 error(s), 1 warning(s) (3 JS, 2 WXML files)')
})

test('--emit-setting exits 0 with the setting_list; bad arguments exit 2 with the usage', () => {
  const clean = run('taro/output', '--privacy', 'taro/privacy.json', '--emit-setting')
  expect(clean.status).toBe(0)
  expect(JSON.parse(clean.stdout).setting_list).toHaveLength(5)
  const bad = run('--lang', 'fr', 'native')
  expect(bad.status).toBe(2)
  expect(bad.stderr).toContain('--lang takes zh or en, not "fr"')
})
