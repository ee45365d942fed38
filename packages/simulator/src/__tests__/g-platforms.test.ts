import {
  createAlipaySimulator,
  createDouyinSimulator,
  createSimulator,
  createWechatSimulator,
  type PrivacyResolveOptions,
  type SimulatedPlatformId,
  type Simulator,
  simulatedPlatforms,
} from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'

const platforms: SimulatedPlatformId[] = ['weapp', 'tt', 'alipay']

function listen(sim: Simulator) {
  const events: Array<{ resolve: (options: PrivacyResolveOptions) => void; referrer: string }> = []
  sim.host.onNeedPrivacyAuthorization?.((resolve, { referrer }) => events.push({ resolve, referrer }))
  return events
}

const fail = (call: (options: { fail: (err: unknown) => void }) => void) =>
  new Promise((resolve) => call({ fail: resolve }))

describe('one engine, three hosts', () => {
  test('each factory names its host after the platform global', () => {
    expect(createWechatSimulator().wx).toBeDefined()
    expect(createDouyinSimulator().tt).toBeDefined()
    expect(createAlipaySimulator().my).toBeDefined()
    expect(platforms.map((platform) => createSimulator({ platform }).platform)).toEqual(platforms)
    expect(createSimulator().platform).toBe('weapp')
  })

  test.each(platforms)('H10, H11, H13: one agree settles every waiting call (%s)', async (platform) => {
    const sim = createSimulator({ platform })
    const events = listen(sim)
    const results = [sim.host.getLocation(), sim.host.getClipboardData()]
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getLocation', 'getClipboardData'])
    sim.tapAgree('agree-btn')
    for (const event of events) event.resolve({ event: 'agree', buttonId: 'agree-btn' })
    await expect(Promise.all(results)).resolves.toHaveLength(2)
    expect(sim.state.agreed).toBe(true)
  })
})

describe('Douyin', () => {
  test('H30: the privacy APIs exist from base library 3.19.0; below it nothing is gated', async () => {
    expect(createDouyinSimulator({ baseLibrary: '3.18.9' }).tt.getPrivacySetting).toBeUndefined()
    expect(createDouyinSimulator({ baseLibrary: '3.19.0' }).tt.getPrivacySetting).toBeTypeOf('function')
    await expect(
      createDouyinSimulator({ baseLibrary: '3.18.9' }).tt.getClipboardData(),
    ).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('H30: usePrivacyCheck: false turns the gate off', async () => {
    const sim = createDouyinSimulator({ usePrivacyCheck: false })
    const setting = await new Promise((resolve) => sim.tt.getPrivacySetting?.({ success: resolve }))
    expect(setting).toMatchObject({ needAuthorization: false })
    await expect(sim.tt.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('H31: the agree button cannot be combined with another open-type', () => {
    const sim = createDouyinSimulator()
    expect(sim.tapAgree('agree-btn', { openType: 'getPhoneNumber|agreePrivacyAuthorization' })).toBeNull()
    expect(sim.state.agreed).toBe(false)
    expect(sim.tapAgree('agree-btn')).toMatchObject({ type: 'agreeprivacyauthorization' })
  })

  test('H32: disagree fails the call with "privacy permission is not authorized"', async () => {
    const sim = createDouyinSimulator()
    const events = listen(sim)
    const failed = fail((options) => sim.tt.getClipboardData(options))
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    await expect(failed).resolves.toEqual({
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
    })
  })

  test('H33: scopes are Douyin’s: saving to the album is scope.album, and there is no scope.werun', async () => {
    const sim = createDouyinSimulator({ agreed: true, authSetting: { 'scope.album': false } })
    const setting = await new Promise((resolve) => sim.tt.getSetting({ success: resolve }))
    expect(setting).toEqual({ authSetting: { 'scope.album': false }, errMsg: 'getSetting:ok' })
    await expect(
      fail((options) => sim.tt.authorize?.({ scope: 'scope.werun', ...options })),
    ).resolves.toEqual({
      errMsg: 'authorize:fail invalid scope',
    })
    await expect(sim.tt.authorize?.({ scope: 'scope.camera' })).resolves.toMatchObject({
      errMsg: 'authorize:ok',
    })
    expect(sim.state.authSetting).toEqual({ 'scope.album': false, 'scope.camera': true })
  })

  test.each([
    ['weapp', null],
    ['tt', 'privacy'],
  ] as const)(
    'H21, H34: after a refusal of the official popup, the next call gets a popup again on Douyin (%s → %s)',
    async (platform, dialog) => {
      const sim = createSimulator({ platform, officialPopup: 'manual' })
      const first = fail((options) => sim.host.getClipboardData(options))
      await sim.flush()
      sim.answer('disagree')
      await first
      void sim.host.getClipboardData({ fail: () => {} })
      await sim.flush()
      expect(sim.dialog?.kind ?? null).toBe(dialog)
    },
  )
})

describe('Alipay', () => {
  test('H35: without usePrivacyCheck nothing is gated', async () => {
    const sim = createAlipaySimulator({ usePrivacyCheck: false })
    await expect(sim.my.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('H36: from 2.9.7: getPrivacySetting, onNeedPrivacyAuthorization, openPrivacyContract; no requirePrivacyAuthorize', () => {
    const { my } = createAlipaySimulator()
    expect([my.getPrivacySetting, my.onNeedPrivacyAuthorization, my.openPrivacyContract]).not.toContain(
      undefined,
    )
    expect(my.requirePrivacyAuthorize).toBeUndefined()
    expect(createAlipaySimulator({ baseLibrary: '2.9.6' }).my.getPrivacySetting).toBeUndefined()
  })

  test('H36: the contract name is left out once nothing needs agreeing', async () => {
    const sim = createAlipaySimulator({ agreed: true })
    const setting = await new Promise((resolve) => sim.my.getPrivacySetting?.({ success: resolve }))
    expect(setting).toEqual({ needAuthorization: false, errMsg: 'getPrivacySetting:ok' })
  })

  test('H36: the last listener registered wins', async () => {
    const sim = createAlipaySimulator()
    const first = listen(sim)
    const second = listen(sim)
    void sim.my.getClipboardData()
    await sim.flush()
    expect([first.length, second.length]).toEqual([0, 1])
  })

  test('H37: disagree fails the call with { error, errorMessage }', async () => {
    const sim = createAlipaySimulator()
    const events = listen(sim)
    const failed = fail((options) => sim.my.getClipboardData(options))
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    await expect(failed).resolves.toEqual({
      errorMessage: 'getClipboardData:fail privacy permission is not authorized',
    })
  })

  test('H38: authSetting keys have no scope. prefix, there is no authorize, and a refusal is error 2001, then 2002', async () => {
    const sim = createAlipaySimulator({
      agreed: true,
      authorizePopup: 'deny',
      settings: (authSetting) => ({ ...authSetting, location: true }),
    })
    expect(sim.my.authorize).toBeUndefined()
    await expect(fail((options) => sim.my.getLocation(options))).resolves.toMatchObject({ error: 2001 })
    await expect(fail((options) => sim.my.getLocation(options))).resolves.toMatchObject({ error: 2002 })
    const setting = await new Promise((resolve) => sim.my.getSetting({ success: resolve }))
    expect(setting).toEqual({ authSetting: { location: false }, errMsg: 'getSetting:ok' })
    await new Promise((resolve) => sim.userTap(() => sim.my.openSetting({ success: resolve })))
    await expect(sim.my.getLocation()).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('H23, H38: requiredPrivateInfos and permission descriptions are WeChat’s: Alipay checks neither', async () => {
    const options = { agreed: true, requiredPrivateInfos: [], permission: {} }
    await expect(fail((o) => createWechatSimulator(options).wx.getLocation(o))).resolves.toMatchObject({
      errMsg: expect.stringContaining('requiredPrivateInfos'),
    })
    await expect(createAlipaySimulator(options).my.getLocation()).resolves.toMatchObject({
      errMsg: 'getLocation:ok',
    })
  })

  test('H38: the platform table maps the app’s scope names to Alipay’s keys', () => {
    expect(simulatedPlatforms.alipay.scopeKeys).toMatchObject({
      'scope.userLocation': 'location',
      'scope.record': 'audioRecord',
    })
  })
})
