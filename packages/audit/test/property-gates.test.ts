import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type AuditResult, audit } from '../src/index'

// Native apps with library components shaped after Vant Weapp's button: its tap handler calls wx.getUserProfile
// only when its `openType` property is 'getUserInfo'.
const fixtures = fileURLToPath(new URL('./fixtures/property-gates', import.meta.url))

function places(result: AuditResult): string[] {
  return result.usages.map((usage) => `${usage.name} @ ${relative(fixtures, usage.location.file)}`)
}

function undeclared(result: AuditResult): string[] {
  return result.findings
    .filter((finding) => finding.rule === 'undeclared-privacy-type')
    .map((finding) => finding.subject)
}

describe('a library component’s call behind a comparison of its own property counts only when a page passes that value', () => {
  it('<van-button type="primary"> never makes the button call wx.getUserProfile: no UserInfo', () => {
    const result = audit({ dir: `${fixtures}/plain`, privacy: { setting_list: [] } })
    expect(places(result)).not.toContain('getUserProfile @ plain/miniprogram_npm/@vant/weapp/button/index.js')
    expect(places(result).join('\n')).not.toMatch(/kit\/button/)
    expect(undeclared(result)).not.toContain('Location')
    expect(undeclared(result)).not.toContain('Clipboard')
  })

  it('<van-button open-type="getUserInfo"> does: UserInfo is in use and undeclared; a bound value may be anything, so it counts', () => {
    const result = audit({ dir: `${fixtures}/user-info`, privacy: { setting_list: [] } })
    expect(places(result)).toEqual([
      'button.getUserInfo @ user-info/pages/index/index.wxml',
      'getUserProfile @ user-info/miniprogram_npm/@vant/weapp/button/index.js',
      'getClipboardData @ user-info/miniprogram_npm/kit/button/index.js',
    ])
    expect(undeclared(result)).toEqual(['UserInfo', 'Clipboard'])
  })

  it('a wrapper passing on its own property (`open-type="{{ openType }}"`) counts by what its usages give, its default included', () => {
    const plain = audit({ dir: `${fixtures}/plain`, privacy: { setting_list: [] } })
    expect(places(plain).join('\n')).not.toMatch(/@vant\/weapp\/button/)
    const forwarded = audit({ dir: `${fixtures}/forwarded`, privacy: { setting_list: [] } })
    expect(places(forwarded)).toEqual([
      'button.getUserInfo @ forwarded/pages/index/index.wxml',
      'getUserProfile @ forwarded/miniprogram_npm/@vant/weapp/button/index.js',
    ])
    expect(undeclared(forwarded)).toEqual(['UserInfo'])
  })

  it('a usage in a template the page includes (resolved by the page’s usingComponents at run time) counts', () => {
    const result = audit({ dir: `${fixtures}/included`, privacy: { setting_list: [] } })
    expect(places(result)).toContain('getUserProfile @ included/miniprogram_npm/@vant/weapp/button/index.js')
    expect(undeclared(result)).toEqual(['UserInfo'])
  })

  it('a condition on anything but a property of the component (storage, its own data) still counts', () => {
    const result = audit({ dir: `${fixtures}/plain`, privacy: { setting_list: [] } })
    expect(places(result)).toEqual([
      'getUserProfile @ plain/miniprogram_npm/kit/login/index.js',
      'chooseImage @ plain/miniprogram_npm/kit/login/index.js',
    ])
    expect(undeclared(result)).toEqual(['UserInfo', 'Album'])
  })
})
