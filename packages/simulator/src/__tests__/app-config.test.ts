import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createWechatSimulator, type PrivacySettingFile } from '../index'

/** A getprivacysetting response saved as it came (test/fixtures/privacy.json). */
const saved = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'privacy.json'), 'utf8'),
) as PrivacySettingFile

describe("privacy: the app's privacy.json (getprivacysetting response)", () => {
  test("H7: the declared types are setting_list and the SDKs' keys; an API of another type fails with 112", async () => {
    const sim = createWechatSimulator({ privacy: saved })

    expect(sim.state.declared).toEqual(['Location', 'UserInfo', 'Album'])
    await expect(sim.wx.getClipboardData()).rejects.toEqual({
      errMsg: 'getClipboardData:fail api scope is not declared in the privacy agreement',
      errno: 112,
    })
    expect(sim.calls.at(-1)?.outcome).toBe('fail')
  })

  test('H6: a declared type is gated as usual; privacy_list and privacy_desc declare nothing', async () => {
    const sim = createWechatSimulator({ privacy: saved, officialPopup: 'agree' })

    await expect(sim.wx.chooseImage()).resolves.toMatchObject({ errMsg: 'chooseImage:ok' })
    expect(sim.state.agreed).toBe(true)
    expect(sim.state.declared).not.toContain('Clipboard')
  })

  test('a minimal file, with unknown fields, is accepted', () => {
    const file = { setting_list: [{ privacy_key: 'Clipboard', privacy_text: '粘贴' }], future_field: [1] }
    expect(createWechatSimulator({ privacy: file }).state.declared).toEqual(['Clipboard'])
  })

  test('H7: an entry with an empty privacy_text is not configured, so its type is not declared (as the audit says)', async () => {
    const file = {
      setting_list: [
        { privacy_key: 'Clipboard', privacy_text: '' },
        { privacy_key: 'Location', privacy_text: '附近的门店' },
      ],
    }
    const sim = createWechatSimulator({ privacy: file })

    expect(sim.state.declared).toEqual(['Location'])
    await expect(sim.wx.getClipboardData()).rejects.toMatchObject({ errno: 112 })
  })

  test('H7: a privacy_text of only whitespace is empty too: the type is not declared (as the audit says)', async () => {
    const file = {
      setting_list: [
        { privacy_key: 'Clipboard', privacy_text: ' \n\t' },
        { privacy_key: 'Location', privacy_text: '附近的门店' },
      ],
    }
    const sim = createWechatSimulator({ privacy: file })

    expect(sim.state.declared).toEqual(['Location'])
    await expect(sim.wx.getClipboardData()).rejects.toMatchObject({ errno: 112 })
  })

  test('TypeErrors say what to fix: unknown key, error response, no setting_list, both declared and privacy', () => {
    const unknown = { setting_list: [{ privacy_key: 'Locaton', privacy_text: '' }] }
    expect(() => createWechatSimulator({ privacy: unknown })).toThrow(TypeError)
    expect(() => createWechatSimulator({ privacy: unknown })).toThrow(
      /setting_list\[0\]\.privacy_key 'Locaton' is not a privacy type WeChat gates; use one of UserInfo, Location,/,
    )
    const error = { errcode: 61007, errmsg: 'api is unauthorized', setting_list: [] }
    expect(() => createWechatSimulator({ privacy: error })).toThrow(
      /is an error \(errcode 61007, api is unauthorized\)/,
    )
    expect(() => createWechatSimulator({ privacy: {} as PrivacySettingFile })).toThrow(
      /setting_list is missing/,
    )
    expect(() => createWechatSimulator({ privacy: saved, declared: ['Location'] })).toThrow(
      new TypeError(
        'createWechatSimulator: pass either `declared` or `privacy` (the privacy guide the declared keys come from), not both.',
      ),
    )
  })
})

describe('permission: app.json descriptions of the location scopes', () => {
  test('without a desc for scope.userLocation, authorize and getLocation fail at once, no popup', async () => {
    const sim = createWechatSimulator({ agreed: true, permission: {}, authorizePopup: 'manual' })

    await expect(sim.wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({
      errMsg: 'authorize:fail require permission desc',
    })
    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail require permission desc' })
    expect(sim.dialog).toBeNull()
    expect(sim.state.authSetting).toEqual({})
  })

  test('a fresh user consents in the privacy popup; no coupled scope popup, no scope recorded', async () => {
    const sim = createWechatSimulator({ permission: {} })

    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail require permission desc' })
    expect(sim.state.agreed).toBe(true)
    expect(sim.state.authSetting).toEqual({})
  })

  test('scopes that need no desc (scope.record) are not affected; a described scope prompts as usual', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      permission: { 'scope.userFuzzyLocation': { desc: '天气' } },
    })

    await expect(sim.wx.authorize({ scope: 'scope.record' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(sim.wx.getFuzzyLocation()).resolves.toMatchObject({ errMsg: 'getFuzzyLocation:ok' })
  })

  test("configureApp applies the app's configuration, except what the test passed itself", async () => {
    const sim = createWechatSimulator({ agreed: true, requiredPrivateInfos: ['getLocation'] })

    sim.configureApp({ requiredPrivateInfos: [], permission: { 'scope.userLocation': { desc: '' } } })

    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail require permission desc' })
    await expect(sim.wx.getFuzzyLocation()).rejects.toEqual({
      errMsg:
        'getFuzzyLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    })
  })
})
