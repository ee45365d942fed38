import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen } from './helpers'

describe('D. The official popup', () => {
  test('H21: with no listener a gated call shows the official popup; agree continues the call', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const call = sim.wx.getClipboardData()
    expect(sim.dialog).toEqual({
      kind: 'privacy',
      api: 'getClipboardData',
      referrer: 'getClipboardData',
      contractName: '《示例小程序隐私保护指引》',
    })
    expect(sim.calls.at(-1)?.outcome).toBe('pending')
    sim.answer('agree')
    await expect(call).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    expect(sim.state).toMatchObject({ agreed: true, dialog: null })
  })

  test('H21: refusing the standalone popup fails with errno 104', async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    await expect(sim.wx.getClipboardData()).rejects.toEqual({
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
      errno: 104,
    })
    expect(sim.state.agreed).toBe(false)
  })

  test('H21: refusing the coupled popup fails with errno 103', async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    await expect(sim.wx.getLocation()).rejects.toEqual({
      errMsg: 'getLocation:fail privacy permission is not authorized',
      errno: 103,
    })
    expect(sim.state.authSetting).toEqual({})
  })

  test('H21: for 10 s after a refusal further gated calls fail at once, without a popup', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    sim.wx.getClipboardData({ fail: () => {} })
    sim.answer('disagree')
    sim.advance(9_999)
    sim.wx.chooseImage({ fail: () => {} })
    expect(sim.dialog).toBeNull()
    expect(sim.calls.at(-1)).toMatchObject({ api: 'chooseImage', outcome: 'fail', errno: 104 })
    sim.advance(1)
    sim.wx.chooseImage({ fail: () => {} })
    expect(sim.dialog).toMatchObject({ kind: 'privacy', api: 'chooseImage' })
  })

  test('H21: the 10 s rule never applies to custom listeners', async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    await expect(sim.wx.getClipboardData()).rejects.toMatchObject({ errno: 104 })
    const events = listen(sim)
    sim.wx.getClipboardData({ fail: () => {} })
    await sim.flush()
    expect(events).toHaveLength(1)
  })

  test('H21: queued official popups open one at a time; agreeing the first lets the next call through', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const clipboard = sim.wx.getClipboardData()
    const image = sim.wx.chooseImage()
    expect(sim.dialog).toMatchObject({ api: 'getClipboardData' })
    sim.answer('agree')
    await expect(clipboard).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    await expect(image).resolves.toMatchObject({ errMsg: 'chooseImage:ok' })
    expect(sim.dialog).toBeNull()
  })

  test('H22: from 3.4.2 getLocation uses the coupled popup; allow records consent and the scope', async () => {
    const sim = createWechatSimulator({ baseLibrary: '3.4.2', officialPopup: 'manual' })
    const call = sim.wx.getLocation()
    expect(sim.dialog).toEqual({
      kind: 'coupled',
      api: 'getLocation',
      scope: 'scope.userLocation',
      contractName: '《示例小程序隐私保护指引》',
    })
    sim.answer('allow')
    await expect(call).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(sim.state).toMatchObject({ agreed: true, authSetting: { 'scope.userLocation': true } })
  })

  test('H22: below 3.4.2 getLocation uses the standalone popup (104), then the scope popup', async () => {
    const sim = createWechatSimulator({
      baseLibrary: '3.4.1',
      officialPopup: 'manual',
      authorizePopup: 'manual',
    })
    const call = sim.wx.getLocation()
    expect(sim.dialog).toMatchObject({ kind: 'privacy', api: 'getLocation' })
    sim.answer('agree')
    expect(sim.dialog).toEqual({ kind: 'authorize', api: 'getLocation', scope: 'scope.userLocation' })
    sim.answer('allow')
    await expect(call).resolves.toMatchObject({ errMsg: 'getLocation:ok' })

    const refused = createWechatSimulator({ baseLibrary: '3.4.1', officialPopup: 'disagree' })
    await expect(refused.wx.getLocation()).rejects.toMatchObject({ errno: 104 })
  })

  test('H22: from 3.4.2 authorize(scope.userLocation) goes to the coupled popup without the listener', async () => {
    const sim = createWechatSimulator({ baseLibrary: '3.4.2', officialPopup: 'manual' })
    const events = listen(sim)
    const call = sim.wx.authorize({ scope: 'scope.userLocation' })
    await sim.flush()
    expect(events).toHaveLength(0)
    expect(sim.dialog).toMatchObject({ kind: 'coupled', api: 'authorize', scope: 'scope.userLocation' })
    sim.answer('deny')
    await expect(call).rejects.toEqual({
      errMsg: 'authorize:fail privacy permission is not authorized',
      errno: 103,
    })
  })

  test('H22: below 3.4.2 authorize(scope.userLocation) fires the listener', async () => {
    const sim = createWechatSimulator({ baseLibrary: '3.4.1' })
    const events = listen(sim)
    sim.wx.authorize({ scope: 'scope.userLocation', fail: () => {} })
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['authorize'])
  })

  test('H22: getClipboardData, chooseMedia and chooseImage keep the standalone popup (104)', async () => {
    for (const api of ['getClipboardData', 'chooseMedia', 'chooseImage'] as const) {
      const sim = createWechatSimulator({ baseLibrary: '3.5.0', officialPopup: 'disagree' })
      await expect(sim.wx[api](), api).rejects.toMatchObject({ errno: 104 })
    }
  })
})
