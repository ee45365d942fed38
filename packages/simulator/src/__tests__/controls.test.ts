import { createWechatSimulator, gatedApis } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen, recorder } from './helpers'

describe('calling convention', () => {
  test('gated APIs return a Promise without callbacks and undefined with any callback', async () => {
    const sim = createWechatSimulator({ agreed: true })
    const promise = sim.wx.getClipboardData()
    expect(promise).toBeInstanceOf(Promise)
    await promise
    expect(sim.wx.getClipboardData({ success: () => {} })).toBeUndefined()
    expect(sim.wx.getClipboardData({ fail: () => {} })).toBeUndefined()
    expect(sim.wx.getClipboardData({ complete: () => {} })).toBeUndefined()
    expect(sim.wx.getSetting({ success: () => {} })).toBeUndefined()
    expect(sim.wx.getSetting({ withSubscriptions: true })).toBeInstanceOf(Promise)
  })

  test('callbacks are asynchronous: success then complete, or fail then complete', async () => {
    const sim = createWechatSimulator({ agreed: true, authSetting: { 'scope.record': false } })
    const ok = recorder()
    const ko = recorder()
    sim.wx.getClipboardData(ok.callbacks)
    sim.wx.startRecord(ko.callbacks)
    expect(ok.outcome.order).toEqual([])
    expect(ko.outcome.order).toEqual([])
    await sim.flush()
    expect(ok.outcome.order).toEqual(['success', 'complete'])
    expect(ko.outcome.order).toEqual(['fail', 'complete'])
    expect(ko.outcome.complete).toEqual({ errMsg: 'startRecord:fail auth deny' })
  })

  test('every gated API of the catalog exists on wx and succeeds after consent', async () => {
    const sim = createWechatSimulator({ agreed: true })
    for (const api of Object.keys(gatedApis) as (keyof typeof gatedApis)[]) {
      const call = sim.wx[api] as (options?: object) => Promise<{ errMsg: string }>
      if (api === 'startRecord') {
        const recording = call()
        sim.wx.stopRecord()
        await expect(recording, api).resolves.toMatchObject({ errMsg: 'startRecord:ok' })
      } else if (api === 'getUserProfile') {
        await expect(
          sim.userTap(() => call({ desc: 'test' })),
          api,
        ).resolves.toMatchObject({ errMsg: `${api}:ok` })
      } else {
        await expect(call({}), api).resolves.toMatchObject({ errMsg: `${api}:ok` })
      }
    }
  })

  test('startRecord stays pending until stopRecord', async () => {
    const sim = createWechatSimulator({ agreed: true })
    const { outcome, callbacks } = recorder<{ tempFilePath: string }>()
    sim.wx.startRecord(callbacks)
    await sim.flush()
    expect(sim.calls.at(-1)).toEqual({ api: 'startRecord', outcome: 'pending' })
    sim.wx.stopRecord()
    await sim.flush()
    expect(outcome.success?.tempFilePath).toMatch(/record/)
    expect(sim.calls.map((call) => [call.api, call.outcome])).toEqual([
      ['startRecord', 'success'],
      ['stopRecord', 'success'],
    ])
  })

  test('getUserProfile needs a user tap', async () => {
    const sim = createWechatSimulator({ agreed: true })
    await expect(sim.wx.getUserProfile({ desc: 'x' })).rejects.toEqual({
      errMsg: 'getUserProfile:fail can only be invoked by user TAP gesture.',
    })
    await expect(sim.userTap(() => sim.wx.getUserProfile({ desc: 'x' }))).resolves.toMatchObject({
      userInfo: { nickName: '微信用户' },
    })
  })
})

describe('controls', () => {
  test('calls is one live array, updated in place when a pending call settles', async () => {
    const sim = createWechatSimulator()
    const calls = sim.calls
    const events = listen(sim)
    sim.wx.getClipboardData({ fail: () => {} })
    await sim.flush()
    const entry = calls[1]
    expect(entry).toEqual({ api: 'getClipboardData', outcome: 'pending', referrer: 'getClipboardData' })
    events[0]?.resolve({ event: 'disagree' })
    expect(sim.calls).toBe(calls)
    expect(calls[1]).toBe(entry)
    expect(entry).toEqual({
      api: 'getClipboardData',
      outcome: 'fail',
      errno: 104,
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
      referrer: 'getClipboardData',
    })
    expect(calls[0]).toEqual({
      api: 'onNeedPrivacyAuthorization',
      outcome: 'success',
      errMsg: 'onNeedPrivacyAuthorization:ok',
    })
  })

  test('state is a fresh snapshot on every read', () => {
    const sim = createWechatSimulator({ declared: ['Clipboard'] })
    const before = sim.state
    expect(before).toEqual({
      agreed: false,
      agreedKeys: [],
      declared: ['Clipboard'],
      authSetting: {},
      listenerRegistered: false,
      listenerRegistrations: 0,
      pendingPrivacy: 0,
      ignoredResolves: 0,
      tappedAgreeButtons: [],
      clock: 0,
      dialog: null,
    })
    before.authSetting['scope.record'] = true
    sim.tapAgree('a')
    expect(before.agreed).toBe(false)
    expect(sim.state).toMatchObject({ agreed: true, authSetting: {}, tappedAgreeButtons: ['a'] })
  })

  test('advance moves only the simulator clock and rejects negative steps', () => {
    const sim = createWechatSimulator()
    sim.advance(10)
    sim.advance(5)
    expect(sim.state.clock).toBe(15)
    expect(() => sim.advance(-1)).toThrow(RangeError)
  })

  test('userTap returns what fn returns and keeps the tap only while fn runs', async () => {
    const sim = createWechatSimulator()
    expect(sim.userTap(() => 42)).toBe(42)
    expect(() =>
      sim.userTap(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    await expect(sim.wx.openSetting()).rejects.toMatchObject({ errMsg: expect.stringContaining('TAP') })
  })

  test('subscribe is called on changes and stops after unsubscribe', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const dialogs: (string | null)[] = []
    const unsubscribe = sim.subscribe(() => dialogs.push(sim.dialog?.kind ?? null))
    sim.wx.getClipboardData({ fail: () => {} })
    expect(dialogs).toContain('privacy')
    sim.answer('disagree')
    expect(dialogs.at(-1)).toBeNull()
    const count = dialogs.length
    unsubscribe()
    sim.tapAgree('a')
    expect(dialogs).toHaveLength(count)
  })

  test('flush waits for deliveries triggered by other deliveries', async () => {
    const sim = createWechatSimulator({ agreed: true })
    const order: string[] = []
    sim.wx.getClipboardData({
      success: () => {
        order.push('first')
        void sim.wx.getSetting().then(() => {
          order.push('second')
          sim.wx.chooseImage({ success: () => order.push('third') })
        })
      },
    })
    await sim.flush()
    expect(order).toEqual(['first', 'second', 'third'])
  })

  test('answer without an open dialog, or with a wrong kind of answer, throws', () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    expect(() => sim.answer('agree')).toThrow(/no dialog/)
    sim.wx.getClipboardData({ fail: () => {} })
    expect(() => sim.answer('allow')).toThrow(/'agree' or 'disagree'/)
    expect(sim.dialog).toMatchObject({ kind: 'privacy' })
  })

  test('dialogs queue first in, first out', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'manual' })
    sim.wx.authorize({ scope: 'scope.record', fail: () => {} })
    sim.wx.authorize({ scope: 'scope.camera', fail: () => {} })
    expect(sim.dialog).toMatchObject({ scope: 'scope.record' })
    sim.answer('deny')
    expect(sim.dialog).toMatchObject({ scope: 'scope.camera' })
    sim.answer('allow')
    expect(sim.dialog).toBeNull()
    expect(sim.state.authSetting).toEqual({ 'scope.record': false, 'scope.camera': true })
  })

  test('declare adds keys to the privacy guide', () => {
    const sim = createWechatSimulator({ declared: ['Album'], agreed: true })
    sim.declare(['Clipboard'])
    expect(sim.state).toMatchObject({
      declared: ['Album', 'Clipboard'],
      agreedKeys: ['Album'],
      agreed: false,
    })
  })

  test('clearAuthorization forgets tapped agree buttons and the refusal window', async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    sim.tapAgree('a')
    sim.clearAuthorization()
    expect(sim.state.tappedAgreeButtons).toEqual([])
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    events[0]?.resolve({ event: 'agree', buttonId: 'a' })
    await expect(call).rejects.toMatchObject({ errno: 104 })
  })

  test('useComponent goes through the official popup without a listener', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const result = sim.useComponent('button.chooseAvatar')
    expect(sim.dialog).toMatchObject({
      kind: 'privacy',
      api: 'button.chooseAvatar',
      referrer: 'button.chooseAvatar',
    })
    sim.answer('disagree')
    await expect(result).resolves.toEqual({
      ok: false,
      errMsg: 'chooseAvatar:fail privacy permission is not authorized',
      errno: 104,
    })
  })

  test('useComponent: camera needs scope.camera after consent', async () => {
    const sim = createWechatSimulator({ agreed: true, authorizePopup: 'deny' })
    await expect(sim.useComponent('camera')).resolves.toEqual({ ok: false, errMsg: 'camera:fail auth deny' })
    expect(sim.state.authSetting).toEqual({ 'scope.camera': false })
  })
})
