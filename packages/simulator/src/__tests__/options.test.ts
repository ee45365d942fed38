import { createWechatSimulator, privacyKeys, requiredPrivateInfoApis } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen, privacySetting, recorder } from './helpers'

describe('options', () => {
  test('baseLibrary defaults to a current version: privacy APIs present, coupled popup (H22)', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    expect(typeof sim.wx.getPrivacySetting).toBe('function')
    sim.wx.getLocation({ fail: () => {} })
    expect(sim.dialog).toMatchObject({ kind: 'coupled' })
  })

  test('baseLibrary 2.32.2 removes the privacy APIs (H2)', () => {
    const sim = createWechatSimulator({ baseLibrary: '2.32.2' })
    expect(sim.wx.onNeedPrivacyAuthorization).toBeUndefined()
    expect(sim.tapAgree('agree')).toBeNull()
  })

  test('declared defaults to all 28 keys', () => {
    expect(createWechatSimulator().state.declared).toEqual([...privacyKeys])
  })

  test('declared limits the privacy guide (H7)', async () => {
    const sim = createWechatSimulator({ declared: ['Album'] })
    expect(sim.state.declared).toEqual(['Album'])
    await expect(sim.wx.getClipboardData()).rejects.toMatchObject({ errno: 112 })
  })

  test('agreed defaults to false; true agrees every declared key; an array agrees those keys (H6)', () => {
    expect(createWechatSimulator().state).toMatchObject({ agreed: false, agreedKeys: [] })
    expect(createWechatSimulator({ declared: ['Album', 'Clipboard'], agreed: true }).state).toMatchObject({
      agreed: true,
      agreedKeys: ['Album', 'Clipboard'],
    })
    expect(
      createWechatSimulator({ declared: ['Album', 'Clipboard'], agreed: ['Album'] }).state,
    ).toMatchObject({
      agreed: false,
      agreedKeys: ['Album'],
    })
  })

  test('contractName is reported by getPrivacySetting and shown in the official popup', async () => {
    const sim = createWechatSimulator({ contractName: '《隐私指引》', officialPopup: 'manual' })
    expect(await privacySetting(sim)).toMatchObject({ privacyContractName: '《隐私指引》' })
    sim.wx.getClipboardData({ fail: () => {} })
    expect(sim.dialog).toMatchObject({ contractName: '《隐私指引》' })
  })

  test('authSetting seeds earlier scope decisions (H24)', async () => {
    const sim = createWechatSimulator({ authSetting: { 'scope.camera': false } })
    expect(sim.state.authSetting).toEqual({ 'scope.camera': false })
    await expect(sim.wx.getSetting()).resolves.toMatchObject({ authSetting: { 'scope.camera': false } })
  })

  test("officialPopup defaults to 'agree'", async () => {
    const sim = createWechatSimulator()
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    expect(sim.state.agreed).toBe(true)
  })

  test("officialPopup 'disagree' refuses (H21)", async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    await expect(sim.wx.chooseImage()).rejects.toMatchObject({ errno: 104 })
  })

  test("officialPopup 'manual' keeps the popup open until answered", async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const call = sim.wx.chooseImage()
    await sim.flush()
    expect(sim.calls.at(-1)?.outcome).toBe('pending')
    expect(sim.state.dialog).toMatchObject({ kind: 'privacy', api: 'chooseImage' })
    sim.answer('disagree')
    await expect(call).rejects.toMatchObject({ errno: 104 })
  })

  test("authorizePopup defaults to 'allow'", async () => {
    const sim = createWechatSimulator({ agreed: true })
    await expect(sim.wx.getWeRunData()).resolves.toMatchObject({ errMsg: 'getWeRunData:ok' })
    expect(sim.state.authSetting).toEqual({ 'scope.werun': true })
  })

  test("authorizePopup 'deny' denies; a function decides per scope", async () => {
    const denied = createWechatSimulator({ agreed: true, authorizePopup: 'deny' })
    await expect(denied.wx.openBluetoothAdapter()).rejects.toEqual({
      errMsg: 'openBluetoothAdapter:fail auth deny',
    })
    const asked: string[] = []
    const perScope = createWechatSimulator({
      agreed: true,
      authorizePopup: (scope) => {
        asked.push(scope)
        return scope === 'scope.addPhoneContact' ? 'deny' : 'allow'
      },
    })
    await expect(perScope.wx.addPhoneContact({ firstName: 'A' })).rejects.toMatchObject({
      errMsg: 'addPhoneContact:fail auth deny',
    })
    await expect(perScope.wx.addPhoneCalendar({ title: 'x', startTime: 0 })).resolves.toEqual({
      errMsg: 'addPhoneCalendar:ok',
    })
    expect(asked).toEqual(['scope.addPhoneContact', 'scope.addPhoneCalendar'])
  })

  test('authorizePopup decides the coupled popup too (H22)', async () => {
    const sim = createWechatSimulator({ authorizePopup: 'deny' })
    await expect(sim.wx.getLocation()).rejects.toMatchObject({ errno: 103 })
  })

  test('settings defaults to no change', async () => {
    const sim = createWechatSimulator({ authSetting: { 'scope.record': false } })
    await expect(sim.userTap(() => sim.wx.openSetting())).resolves.toEqual({
      authSetting: { 'scope.record': false },
      errMsg: 'openSetting:ok',
    })
  })

  test('settings receives the current authSetting and returns the new one', async () => {
    const seen: object[] = []
    const sim = createWechatSimulator({
      authSetting: { 'scope.record': false },
      settings: (authSetting) => {
        seen.push(authSetting)
        return { 'scope.record': true }
      },
    })
    await sim.userTap(() => sim.wx.openSetting())
    expect(seen).toEqual([{ 'scope.record': false }])
    expect(sim.state.authSetting).toEqual({ 'scope.record': true })
  })

  test("settings 'manual' opens the Settings page as a dialog", async () => {
    const sim = createWechatSimulator({ authSetting: { 'scope.record': false }, settings: 'manual' })
    const call = sim.userTap(() => sim.wx.openSetting())
    expect(sim.dialog).toEqual({ kind: 'settings', authSetting: { 'scope.record': false } })
    sim.answer({ 'scope.record': true })
    await expect(call).resolves.toMatchObject({ authSetting: { 'scope.record': true } })
  })

  test('requiredPrivateInfos defaults to every location API the simulator implements', async () => {
    // Which APIs these are is checked against core's catalog in core's catalog-crosscheck test.
    expect(requiredPrivateInfoApis).toContain('getLocation')
    for (const api of requiredPrivateInfoApis) {
      const byDefault = createWechatSimulator({ agreed: true })
      await expect((byDefault.wx[api] as () => Promise<object>)(), api).resolves.toMatchObject({
        errMsg: `${api}:ok`,
      })
      const noneListed = createWechatSimulator({ agreed: true, requiredPrivateInfos: [] })
      await expect((noneListed.wx[api] as () => Promise<object>)(), api).rejects.toEqual({
        errMsg: `${api}:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json`,
      })
    }
  })

  test('requiredPrivateInfos lists what app.json declares (H23)', async () => {
    const sim = createWechatSimulator({ agreed: true, requiredPrivateInfos: ['getFuzzyLocation'] })
    await expect(sim.wx.getFuzzyLocation()).resolves.toMatchObject({ errMsg: 'getFuzzyLocation:ok' })
    await expect(sim.wx.chooseLocation()).rejects.toEqual({
      errMsg:
        'chooseLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    })
  })

  test("onDuplicateResolve 'throw' makes a second resolve throw (H15)", async () => {
    const sim = createWechatSimulator({ onDuplicateResolve: 'throw' })
    const events = listen(sim)
    sim.wx.getClipboardData({ fail: () => {} })
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    expect(() => events[0]?.resolve({ event: 'disagree' })).toThrow(/H15/)
    expect(sim.state.ignoredResolves).toBe(1)
  })

  test("unresolvedFallback 'officialPopup' hands an unresolved event to the official popup (H16)", async () => {
    const sim = createWechatSimulator({ unresolvedFallback: 'officialPopup', officialPopup: 'manual' })
    listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    sim.advance(4_999)
    expect(sim.dialog).toBeNull()
    sim.advance(1)
    expect(sim.dialog).toMatchObject({ kind: 'privacy', api: 'getClipboardData' })
    expect(sim.state.pendingPrivacy).toBe(0)
    sim.answer('agree')
    await expect(call).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('unresolvedFallbackMs sets the wait; any resolve call (even exposure) cancels the fallback (H16)', async () => {
    const sim = createWechatSimulator({ unresolvedFallback: 'officialPopup', unresolvedFallbackMs: 100 })
    const events = listen(sim)
    sim.wx.getClipboardData({ fail: () => {} })
    sim.wx.chooseImage({ fail: () => {} })
    await sim.flush()
    events[1]?.resolve({ event: 'exposureAuthorization' })
    sim.advance(100)
    await sim.flush()
    expect(sim.calls.map((call) => call.outcome).slice(-2)).toEqual(['success', 'pending'])
  })

  test('requirePrivacyAuthorizeReferrer and requirePrivacyAuthorizeFailMessage (H19)', async () => {
    const sim = createWechatSimulator({
      requirePrivacyAuthorizeReferrer: 'custom',
      requirePrivacyAuthorizeFailMessage: 'requirePrivacyAuthorize:fail user deny',
    })
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.requirePrivacyAuthorize?.(callbacks)
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['custom'])
    events[0]?.resolve({ event: 'disagree' })
    await sim.flush()
    expect(outcome.fail).toEqual({ errMsg: 'requirePrivacyAuthorize:fail user deny', errno: 104 })
  })

  test("openPrivacyContract 'fail' (H20)", async () => {
    const sim = createWechatSimulator({ openPrivacyContract: 'fail' })
    const { outcome, callbacks } = recorder()
    sim.wx.openPrivacyContract?.(callbacks)
    await sim.flush()
    expect(outcome.fail).toEqual({ errMsg: 'openPrivacyContract:fail' })
  })

  test('privacyApiBanned defaults to false; true declares nothing and bans every gated API (H7)', async () => {
    expect(createWechatSimulator().state.declared).toHaveLength(28)
    const sim = createWechatSimulator({ privacyApiBanned: true })
    expect(sim.state.declared).toEqual([])
    await expect(sim.wx.getLocation()).rejects.toEqual({
      errMsg: 'getLocation:fail appid privacy api banned',
    })
  })

  test("authDenyMessage defaults to 'authorize:fail auth deny' and can use the other spellings (H25)", async () => {
    for (const authDenyMessage of [
      'authorize:fail auth deny',
      'authorize:fail:auth deny',
      'authorize:fail 系统错误,错误码:-12006,auth deny',
    ] as const) {
      const sim = createWechatSimulator({ authDenyMessage, authSetting: { 'scope.bluetooth': false } })
      await expect(sim.wx.authorize({ scope: 'scope.bluetooth' })).rejects.toEqual({
        errMsg: authDenyMessage,
      })
    }
  })

  test('location sets what the location APIs report', async () => {
    const sim = createWechatSimulator({ agreed: true, location: { latitude: 22.5, longitude: 114 } })
    await expect(sim.wx.getLocation()).resolves.toMatchObject({ latitude: 22.5, longitude: 114, speed: -1 })
    await expect(sim.wx.getFuzzyLocation()).resolves.toEqual({
      latitude: 22.5,
      longitude: 114,
      errMsg: 'getFuzzyLocation:ok',
    })
  })

  test("clipboardData seeds the clipboard (default '') and setClipboardData changes it", async () => {
    expect(await createWechatSimulator({ agreed: true }).wx.getClipboardData()).toEqual({
      data: '',
      errMsg: 'getClipboardData:ok',
    })
    const sim = createWechatSimulator({ agreed: true, clipboardData: 'hello' })
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ data: 'hello' })
    await sim.wx.setClipboardData({ data: 'bye' })
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ data: 'bye' })
  })
})
