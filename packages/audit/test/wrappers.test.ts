import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { outputDir } from '../../../scripts/tasks.mjs'
import { type AuditResult, audit, formatReport } from '../src/index'

const fixtures = fileURLToPath(new URL('./fixtures/wrappers', import.meta.url))

/** Each component usage as `name via <tag> @ file:line`. */
function components(result: AuditResult): string[] {
  return result.usages
    .filter((usage) => usage.kind === 'component')
    .map(
      (usage) =>
        `${usage.name}${usage.via ? ` via <${usage.via}>` : ''} @ ${relative(fixtures, usage.location.file)}:${usage.location.line}`,
    )
}

describe('gated components behind wrapper components (native WXML)', () => {
  const result = audit({ dir: join(fixtures, 'native'), privacy: { setting_list: [] } })

  it('a wrapper that binds its property to a gated attribute of <button>/<input> is a use when given a gated literal', () => {
    expect(components(result)).toEqual([
      'button.getPhoneNumber via <van-button> @ native/pages/login/index.wxml:2',
      'button.getRealtimePhoneNumber via <t-button> @ native/pages/login/index.wxml:5',
      'button.chooseAvatar via <login-button> @ native/pages/login/index.wxml:10',
      'input.nickname via <van-field> @ native/pages/login/index.wxml:11',
    ])
  })

  it('the types they need are in use, so undeclared they fail and declared they are not "unused"', () => {
    expect(result.keysInUse).toEqual(['UserInfo', 'PhoneNumber'])
    const declared = audit({
      dir: join(fixtures, 'native'),
      privacy: {
        setting_list: [
          { privacy_key: 'UserInfo', privacy_text: '设置头像昵称' },
          { privacy_key: 'PhoneNumber', privacy_text: '手机号登录' },
        ],
      },
    })
    expect(declared.findings).toEqual([])
  })

  it('the report names the component the page writes', () => {
    const text = formatReport(result, { cwd: fixtures, lang: 'en' })
    expect(text).toContain(
      'the components <van-button> (its inner <button open-type="getPhoneNumber">), <t-button> (its inner <button open-type="getRealtimePhoneNumber">) will not work (errno 112)',
    )
    expect(formatReport(result, { cwd: fixtures })).toContain(
      '组件 <login-button>（内部的 <button open-type="chooseAvatar">）、<van-field>（内部的 <input type="nickname">） 无法使用（errno 112）',
    )
  })
})

describe('gated components behind wrapper components (uni-app output: props through the render data)', () => {
  const result = audit({ dir: join(fixtures, 'uni-app'), privacy: { setting_list: [] } })

  it('wot-design-uni- and uview-plus-shaped wrappers, and the app’s own component around one, are uses', () => {
    expect(components(result)).toEqual([
      'button.getPhoneNumber via <wd-button> @ uni-app/pages/index/index.wxml:1',
      'button.chooseAvatar via <u-button> @ uni-app/pages/index/index.wxml:1',
      'button.getRealtimePhoneNumber via <login-bar> @ uni-app/pages/index/index.wxml:1',
    ])
  })
})

describe('a wrapper in real uni-app output (the uni-app example, built by test/global-setup.ts)', () => {
  // The example's popup renders @mp-privacy/vue's <AgreeButton>, which binds its openType prop to its <button>
  // (open-type="{{b}}", b: t.openType) and gets its props through u-p: the compiler's own shapes.
  const built = outputDir('uni-app:mp-weixin')
  const popup = 'components/PrivacyPopup.js'

  it('as built, the agree button is no gated use (agreePrivacyAuthorization is not gated)', () => {
    const result = audit({ dir: built })
    expect(result.usages.filter((usage) => usage.via !== undefined)).toEqual([])
  })

  it('given openType "getPhoneNumber" in its u-p render data, the page uses <button open-type="getPhoneNumber">', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mp-privacy-wrapper-'))
    try {
      cpSync(built, copy, { recursive: true })
      const source = readFileSync(join(copy, popup), 'utf8')
      expect(source).toContain('type:"primary"')
      writeFileSync(
        join(copy, popup),
        source.replace('type:"primary"', 'type:"primary",openType:"getPhoneNumber"'),
      )
      const result = audit({ dir: copy })
      expect(
        result.usages
          .filter((usage) => usage.via !== undefined)
          .map((usage) => [usage.name, usage.via, relative(copy, usage.location.file)]),
      ).toEqual([['button.getPhoneNumber', 'agree-button', 'components/PrivacyPopup.wxml']])
      expect(result.keysInUse).toContain('PhoneNumber')
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

describe('gated components behind wrapper components (Taro render code)', () => {
  const result = audit({ dir: join(fixtures, 'taro'), privacy: { setting_list: [] } })

  it('Taro UI- and NutUI-shaped components that pass a prop to <Button openType>/<Input type> are followed', () => {
    expect(components(result)).toEqual([
      'button.getPhoneNumber via <AtButton> @ taro/pages/index/index.js:15',
      'input.nickname via <Input> @ taro/pages/index/index.js:16',
      'button.chooseAvatar via <Button> @ taro/pages/index/index.js:17',
    ])
    expect(result.keysInUse).toEqual(['UserInfo', 'PhoneNumber'])
  })

  it('a component that leaves the prop out of what it passes on (rest without openType) is no use', () => {
    expect(result.usages.some((usage) => usage.name === 'button.getRealtimePhoneNumber')).toBe(false)
  })
})
