import { createWechatSimulator, scopes } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'

const tapOnly = 'openSetting:fail can only be invoked by user TAP gesture.'

describe('F. Scope permissions', () => {
  test('H24: a fresh user gets an empty authSetting', async () => {
    const sim = createWechatSimulator()
    await expect(sim.wx.getSetting()).resolves.toEqual({ authSetting: {}, errMsg: 'getSetting:ok' })
  })

  test('H24: authSetting holds only asked scopes; false means denied', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      authorizePopup: (scope) => (scope === 'scope.record' ? 'deny' : 'allow'),
    })
    await sim.wx.authorize({ scope: 'scope.userLocation' })
    await expect(sim.wx.authorize({ scope: 'scope.record' })).rejects.toBeDefined()
    await expect(sim.wx.getSetting()).resolves.toEqual({
      authSetting: { 'scope.userLocation': true, 'scope.record': false },
      errMsg: 'getSetting:ok',
    })
  })

  test('H24: scope.address, scope.invoice and scope.invoiceTitle always read true', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      authorizePopup: 'deny',
      authSetting: { 'scope.address': false, 'scope.invoice': false },
    })
    await expect(sim.wx.chooseInvoiceTitle()).resolves.toMatchObject({ errMsg: 'chooseInvoiceTitle:ok' })
    await expect(sim.wx.chooseAddress()).resolves.toMatchObject({ errMsg: 'chooseAddress:ok' })
    await expect(sim.wx.getSetting()).resolves.toMatchObject({
      authSetting: { 'scope.address': true, 'scope.invoice': true, 'scope.invoiceTitle': true },
    })
  })

  test('H24: withSubscriptions adds subscriptionsSetting', async () => {
    const sim = createWechatSimulator()
    await expect(sim.wx.getSetting({ withSubscriptions: true })).resolves.toEqual({
      authSetting: {},
      subscriptionsSetting: { mainSwitch: true, itemSettings: {} },
      errMsg: 'getSetting:ok',
    })
  })

  test('H25: authorize of a never-asked scope shows the system popup', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'manual' })
    const call = sim.wx.authorize({ scope: 'scope.bluetooth' })
    expect(sim.dialog).toEqual({ kind: 'authorize', api: 'authorize', scope: 'scope.bluetooth' })
    sim.answer('allow')
    await expect(call).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(sim.state.authSetting).toEqual({ 'scope.bluetooth': true })
  })

  test('H25: a granted scope succeeds without a popup', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      authorizePopup: 'manual',
      authSetting: { 'scope.record': true },
    })
    await expect(sim.wx.authorize({ scope: 'scope.record' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(sim.dialog).toBeNull()
  })

  test('H25: a denied scope fails at once without a popup, until changed in Settings', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      authorizePopup: 'manual',
      authSetting: { 'scope.record': false },
      settings: (authSetting) => ({ ...authSetting, 'scope.record': true }),
    })
    await expect(sim.wx.authorize({ scope: 'scope.record' })).rejects.toEqual({
      errMsg: 'authorize:fail auth deny',
    })
    expect(sim.dialog).toBeNull()
    await sim.userTap(() => sim.wx.openSetting())
    await expect(sim.wx.authorize({ scope: 'scope.record' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('H25: denying the popup records false and fails with auth deny; the API fails with <api>:fail auth deny', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'deny' })
    await expect(sim.wx.authorize({ scope: 'scope.camera' })).rejects.toEqual({
      errMsg: 'authorize:fail auth deny',
    })
    await expect(sim.wx.startRecord()).rejects.toEqual({ errMsg: 'startRecord:fail auth deny' })
    expect(sim.state.authSetting).toEqual({ 'scope.camera': false, 'scope.record': false })
  })

  test('H25: scope.userInfo never prompts', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'manual' })
    await expect(sim.wx.authorize({ scope: 'scope.userInfo' })).rejects.toEqual({
      errMsg: 'authorize:fail scope unauthorized',
    })
    expect(sim.dialog).toBeNull()
  })

  test('H25: every documented scope is accepted; an unknown scope fails', async () => {
    const sim = createWechatSimulator({ agreed: true })
    for (const scope of scopes.filter((scope) => scope !== 'scope.userInfo')) {
      await expect(sim.wx.authorize({ scope }), scope).resolves.toEqual({ errMsg: 'authorize:ok' })
    }
    await expect(sim.wx.authorize({ scope: 'scope.nope' })).rejects.toEqual({
      errMsg: 'authorize:fail invalid scope',
    })
  })

  test('H25: a gated API asks its scope once', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'manual' })
    const first = sim.wx.saveImageToPhotosAlbum({ filePath: 'a.jpg' })
    expect(sim.dialog).toEqual({
      kind: 'authorize',
      api: 'saveImageToPhotosAlbum',
      scope: 'scope.writePhotosAlbum',
    })
    sim.answer('allow')
    await expect(first).resolves.toEqual({ errMsg: 'saveImageToPhotosAlbum:ok' })
    await expect(sim.wx.saveImageToPhotosAlbum({ filePath: 'b.jpg' })).resolves.toEqual({
      errMsg: 'saveImageToPhotosAlbum:ok',
    })
    expect(sim.dialog).toBeNull()
  })

  test('H26: openSetting outside a user tap fails', async () => {
    const sim = createWechatSimulator()
    await expect(sim.wx.openSetting()).rejects.toEqual({ errMsg: tapOnly })
  })

  test('H26: openSetting inside a user tap returns the new authSetting', async () => {
    const sim = createWechatSimulator({
      authSetting: { 'scope.userLocation': false, 'scope.record': true },
      settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
    })
    await expect(sim.userTap(() => sim.wx.openSetting())).resolves.toEqual({
      authSetting: { 'scope.userLocation': true, 'scope.record': true },
      errMsg: 'openSetting:ok',
    })
  })

  test('H26: the Settings page lists only scopes already asked for', async () => {
    const sim = createWechatSimulator({
      authSetting: { 'scope.record': false },
      settings: 'manual',
    })
    const call = sim.userTap(() => sim.wx.openSetting())
    expect(sim.dialog).toEqual({ kind: 'settings', authSetting: { 'scope.record': false } })
    sim.answer({ 'scope.record': true, 'scope.camera': true })
    await expect(call).resolves.toEqual({ authSetting: { 'scope.record': true }, errMsg: 'openSetting:ok' })
  })

  test('H26: the tap context is lost after an await inside the handler', async () => {
    const sim = createWechatSimulator()
    const handler = async () => {
      await sim.wx.getSetting()
      return sim.wx.openSetting()
    }
    await expect(sim.userTap(handler)).rejects.toEqual({ errMsg: tapOnly })
  })

  test('H26: the tap context is lost inside a callback of a call made during the tap', async () => {
    const sim = createWechatSimulator()
    let errMsg = ''
    sim.userTap(() =>
      sim.wx.getSetting({
        success: () => sim.wx.openSetting({ fail: (err) => (errMsg = err.errMsg) }),
      }),
    )
    await sim.flush()
    expect(errMsg).toBe(tapOnly)
  })
})
