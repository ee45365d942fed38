import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputDir } from '../../../scripts/tasks.mjs'
import { audit } from '../src/index'

describe('a wrapper in real Taro output (the Taro example, built by test/global-setup.ts)', () => {
  // The popup renders @mp-privacy/react's <AgreeButton>: `function s(e) { var t = e.openType, s = void 0 === t ?
  // "agreePrivacyAuthorization" : t; … jsx(Button, spread({}, rest, { openType: s })) }`, reached through webpack's
  // export getters — the compiler's and minifier's own shapes.
  const built = outputDir('taro-app:weapp')

  it('as built, no gated use goes through the agree button', () => {
    const result = audit({ dir: built })
    expect(result.usages.filter((usage) => usage.via !== undefined)).toEqual([])
  })

  it('given openType "getPhoneNumber", the popup uses <button open-type="getPhoneNumber"> through it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mp-privacy-taro-wrapper-'))
    try {
      cpSync(built, copy, { recursive: true })
      const common = join(copy, 'common.js')
      const source = readFileSync(common, 'utf8')
      expect(source).toContain('type:"primary",children:"Agree"')
      writeFileSync(
        common,
        source.replace(
          'type:"primary",children:"Agree"',
          'type:"primary",openType:"getPhoneNumber",children:"Agree"',
        ),
      )
      const result = audit({ dir: copy })
      const phone = result.usages.filter((usage) => usage.name === 'button.getPhoneNumber')
      expect(phone.map((usage) => relative(copy, usage.location.file))).toEqual(['common.js'])
      expect(result.keysInUse).toContain('PhoneNumber')
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
