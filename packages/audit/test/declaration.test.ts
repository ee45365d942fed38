import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { audit, findPrivacyFile } from '../src/index'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))

// A native TypeScript project as DevTools' template makes it: project.config.json and privacy.json at the project
// root, `miniprogramRoot: "miniprogram/"`, and a package.json of its own inside miniprogram/ (for "构建 npm").
describe('privacy.json at the root of a native project whose miniprogramRoot has its own package.json', () => {
  const root = join(fixtures, 'native-ts-root')
  const elsewhere = tmpdir()

  it('is found from the app folder and from the project root: the project root ends the search, not miniprogram/package.json', () => {
    expect(relative(fixtures, findPrivacyFile(join(root, 'miniprogram'), elsewhere) ?? '')).toBe(
      'native-ts-root/privacy.json',
    )
    for (const dir of [root, join(root, 'miniprogram')]) {
      const result = audit({ dir, cwd: elsewhere })
      expect(relative(fixtures, result.privacyFile ?? '')).toBe('native-ts-root/privacy.json')
      expect(result.findings).toEqual([])
    }
  })

  describe('without one', () => {
    const copy = mkdtempSync(join(tmpdir(), 'audit-native-root-'))
    cpSync(root, copy, { recursive: true })
    rmSync(join(copy, 'privacy.json'))
    afterAll(() => rmSync(copy, { recursive: true, force: true }))

    it('says it belongs at the project root, beside project.config.json', () => {
      const result = audit({ dir: copy, cwd: elsewhere })
      const missing = result.findings.find((finding) => finding.rule === 'missing-privacy-declaration')
      expect(missing?.locations[0]?.file).toBe(join(copy, 'privacy.json'))
    })
  })
})
