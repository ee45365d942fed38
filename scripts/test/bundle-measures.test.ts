import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { addedByFile, jsBytes, libraryCopies, noDevelopmentWarnings } from '../bundle-measures.mjs'

const folder = mkdtempSync(join(tmpdir(), 'bundle-measures-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function build(name: string, files: Record<string, string>) {
  const dir = join(folder, name)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

describe('what the consumer check measures in a build', () => {
  test('JS bytes: every .js file, raw and gzipped one by one, and where an addition went', () => {
    const before = jsBytes(
      build('before', { 'app.js': 'a'.repeat(100), 'pages/index.js': 'b', 'app.wxss': 'x' }),
    )
    const after = jsBytes(
      build('after', { 'app.js': 'a'.repeat(100), 'pages/index.js': 'b'.repeat(50), 'vendor.js': 'c' }),
    )
    expect(before.raw).toBe(101)
    expect(Object.keys(before.files).sort()).toEqual(['app.js', 'pages/index.js'])
    expect(before.gzip).toBe(Object.values(before.files).reduce((sum, bytes) => sum + bytes, 0))
    const added = addedByFile(before, after)
    expect(Object.keys(added).sort()).toEqual(['pages/index.js', 'vendor.js'])
    expect(added['vendor.js']).toBe(after.files['vendor.js'])
  })

  test('a release build that still carries a development warning fails, naming the file and the text', () => {
    const clean = build('clean', { 'vendors.js': 'console.warn("[mp-privacy] other")' })
    expect(noDevelopmentWarnings(clean)).toEqual({ ok: true, detail: '' })
    const leaky = build('leaky', { 'common/vendor.js': '`… but no page shows a prompt. Render …`' })
    const result = noDevelopmentWarnings(leaky)
    expect(result.ok).toBe(false)
    expect(result.detail).toContain('common/vendor.js: "no page shows a prompt"')
  })

  test('library modules bundled twice: a src module beside dist, or one module in two chunks', () => {
    const dist = '/app/node_modules/@mp-privacy/core/dist/index.js'
    expect(libraryCopies({ 'common/vendor.js': [dist, '/app/node_modules/vue/index.js'] })).toEqual([])
    expect(
      libraryCopies({
        'common/vendor.js': [dist],
        'components/PrivacyGuard.js': [
          '/app/node_modules/@mp-privacy/vue/src/components/PrivacyGuard.vue?vue&type=script',
        ],
      }),
    ).toEqual([])
    expect(
      libraryCopies({ 'common/vendor.js': [dist, '/app/node_modules/@mp-privacy/vue/src/usePrivacy.ts'] }),
    ).toEqual(['common/vendor.js: /app/node_modules/@mp-privacy/vue/src/usePrivacy.ts (not the built entry)'])
    expect(libraryCopies({ 'common/vendor.js': [dist], 'pages/a.js': [dist] })).toEqual([
      `${dist}: in common/vendor.js and pages/a.js`,
    ])
  })
})
