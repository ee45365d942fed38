import { createWechatSimulator, type GatedApiName, gatedApis, privacyKeys } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen, privacySetting, recorder } from './helpers'

describe('B. Consent state', () => {
  test('H5: deleting the app from "recently used" clears consent and scope decisions', async () => {
    const sim = createWechatSimulator({ agreed: true, authSetting: { 'scope.userLocation': true } })
    sim.clearAuthorization()
    expect(sim.state).toMatchObject({ agreed: false, agreedKeys: [], authSetting: {} })
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: true })
  })

  test('H5: consent covers every declared privacy type', async () => {
    const sim = createWechatSimulator({ declared: ['Location', 'Clipboard'] })
    sim.tapAgree('agree')
    expect(sim.state.agreedKeys).toEqual(['Location', 'Clipboard'])
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    await expect(sim.wx.getLocation()).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('H6: getPrivacySetting reports needAuthorization, the contract name and errMsg', async () => {
    const sim = createWechatSimulator()
    expect(await privacySetting(sim)).toEqual({
      needAuthorization: true,
      privacyContractName: '《示例小程序隐私保护指引》',
      errMsg: 'getPrivacySetting:ok',
    })
    sim.tapAgree('agree')
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: false })
  })

  test('H6: needAuthorization is false when nothing is declared', async () => {
    const sim = createWechatSimulator({ declared: [] })
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: false })
    expect(sim.state.agreed).toBe(true)
  })

  test('H6: a newly declared type needs consent again; agreed types keep working', async () => {
    const sim = createWechatSimulator({ declared: ['Clipboard'], agreed: true })
    sim.declare(['Location'])
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: true })
    const events = listen(sim)
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    sim.wx.getLocation({ success: () => {} })
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getLocation'])
  })

  test('H6: agreed may list the keys agreed to earlier', async () => {
    const sim = createWechatSimulator({ declared: ['Clipboard', 'Location'], agreed: ['Clipboard'] })
    expect(sim.state).toMatchObject({ agreed: false, agreedKeys: ['Clipboard'] })
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: true })
  })

  test('H7: an undeclared type fails at once with errno 112, without event or popup', async () => {
    const sim = createWechatSimulator({ declared: ['Location'], officialPopup: 'manual' })
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.getClipboardData(callbacks)
    expect(sim.calls.at(-1)).toEqual({
      api: 'getClipboardData',
      outcome: 'fail',
      errno: 112,
      errMsg: 'getClipboardData:fail api scope is not declared in the privacy agreement',
    })
    await sim.flush()
    expect(outcome.fail).toEqual({
      errMsg: 'getClipboardData:fail api scope is not declared in the privacy agreement',
      errno: 112,
    })
    expect(events).toHaveLength(0)
    expect(sim.dialog).toBeNull()
  })

  test('H7: undeclared fails with 112 even after consent', async () => {
    const sim = createWechatSimulator({ declared: ['Location'], agreed: true })
    await expect(sim.wx.getClipboardData()).rejects.toMatchObject({ errno: 112 })
  })

  test('H7: an app submitted as "collects no personal data" gets "appid privacy api banned"', async () => {
    const sim = createWechatSimulator({ privacyApiBanned: true })
    await expect(sim.wx.chooseImage()).rejects.toEqual({
      errMsg: 'chooseImage:fail appid privacy api banned',
    })
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: false })
  })

  test('H8: revoking a scope in Settings leaves needAuthorization false', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      authSetting: { 'scope.userLocation': true },
      settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': false }),
    })
    await sim.userTap(() => sim.wx.openSetting())
    expect(sim.state.authSetting).toEqual({ 'scope.userLocation': false })
    expect(await privacySetting(sim)).toMatchObject({ needAuthorization: false })
    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' })
  })

  test('H9: all 28 privacy keys exist and each gated API is gated by its own key', async () => {
    expect(privacyKeys).toHaveLength(28)
    for (const api of Object.keys(gatedApis) as GatedApiName[]) {
      const { key } = gatedApis[api]
      const others = privacyKeys.filter((other) => other !== key)
      const undeclared = createWechatSimulator({ declared: others })
      const call = undeclared.wx[api] as (options: object) => void
      // getUserProfile needs a tap before it reaches the gate.
      undeclared.userTap(() => call({ fail: () => {} }))
      expect(undeclared.calls[0], api).toMatchObject({ api, outcome: 'fail', errno: 112 })
      const declaredOnly = createWechatSimulator({ declared: [key] })
      const events = listen(declaredOnly)
      const gated = declaredOnly.wx[api] as (options: object) => void
      declaredOnly.userTap(() => gated({ fail: () => {} }))
      await declaredOnly.flush()
      expect(
        events.map((event) => event.referrer),
        api,
      ).toEqual([api])
    }
  })

  test('H9: authorize of location, werun, record and camera scopes is gated; bluetooth is not', async () => {
    for (const scope of ['scope.userFuzzyLocation', 'scope.werun', 'scope.record', 'scope.camera']) {
      const sim = createWechatSimulator({ declared: [] })
      await expect(sim.wx.authorize({ scope }), scope).rejects.toMatchObject({ errno: 112 })
    }
    const sim = createWechatSimulator({ declared: [] })
    await expect(sim.wx.authorize({ scope: 'scope.bluetooth' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })
})
