import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test, vi } from 'vitest'
import { listen, recorder } from './helpers'

describe('C. The listener and resolve', () => {
  test('H10: a gated call before consent stays pending and fires the listener with its referrer', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.getClipboardData(callbacks)
    expect(events).toHaveLength(0)
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getClipboardData'])
    expect(outcome.order).toEqual([])
    expect(sim.calls.at(-1)).toEqual({
      api: 'getClipboardData',
      outcome: 'pending',
      referrer: 'getClipboardData',
    })
    expect(sim.state.pendingPrivacy).toBe(1)
  })

  test('H10: components report their referrer (button.getPhoneNumber)', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const result = sim.useComponent('button.getPhoneNumber')
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['button.getPhoneNumber'])
    sim.tapAgree('agree')
    events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
    await expect(result).resolves.toEqual({ ok: true, errMsg: 'getPhoneNumber:ok' })
  })

  test('H10: the listener never fires after consent', async () => {
    const sim = createWechatSimulator({ agreed: true })
    const events = listen(sim)
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    expect(events).toHaveLength(0)
  })

  test('H11: several gated calls fire one event each, each with its own resolve', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const clipboard = sim.wx.getClipboardData()
    const image = sim.wx.chooseImage()
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getClipboardData', 'chooseImage'])
    expect(events[0]?.resolve).not.toBe(events[1]?.resolve)
    sim.tapAgree('agree')
    for (const event of events) event.resolve({ event: 'agree', buttonId: 'agree' })
    await expect(clipboard).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    await expect(image).resolves.toMatchObject({ errMsg: 'chooseImage:ok' })
  })

  test('H11: resolves are app-global: a resolve kept after its listener was replaced still works', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    listen(sim)
    sim.tapAgree('agree')
    events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
    await expect(call).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('H12: exposureAuthorization settles nothing', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    sim.wx.getClipboardData({ success: () => {} })
    await sim.flush()
    events[0]?.resolve({ event: 'exposureAuthorization' })
    await sim.flush()
    expect(sim.calls.at(-1)?.outcome).toBe('pending')
    expect(sim.state.pendingPrivacy).toBe(1)
  })

  test('H13: agree with the tapped button id continues the pending call', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.getClipboardData(callbacks)
    await sim.flush()
    expect(sim.tapAgree('agree-btn')).not.toBeNull()
    events[0]?.resolve({ event: 'agree', buttonId: 'agree-btn' })
    await sim.flush()
    expect(outcome.order).toEqual(['success', 'complete'])
    expect(sim.calls.at(-1)).toMatchObject({ outcome: 'success', errMsg: 'getClipboardData:ok' })
  })

  test('H13: agree with a wrong buttonId fails the call with errno 104', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    sim.tapAgree('agree-btn')
    events[0]?.resolve({ event: 'agree', buttonId: 'other-btn' })
    await expect(call).rejects.toEqual({
      errMsg: 'getClipboardData:fail privacy permission is not authorized or buttonId is wrong',
      errno: 104,
    })
  })

  test('H13: agree when no agree button was tapped fails with errno 104', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    events[0]?.resolve({ event: 'agree', buttonId: 'agree-btn' })
    await expect(call).rejects.toMatchObject({ errno: 104 })
    expect(sim.state.agreed).toBe(false)
  })

  test('H14: disagree fails the pending call with errno 104', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    await expect(call).rejects.toEqual({
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
      errno: 104,
    })
    expect(sim.state.agreed).toBe(false)
  })

  test('H15: a second resolve is ignored with a console warning; the first settlement wins', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const sim = createWechatSimulator()
      const events = listen(sim)
      const call = sim.wx.getClipboardData()
      await sim.flush()
      events[0]?.resolve({ event: 'disagree' })
      sim.tapAgree('agree')
      events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
      await expect(call).rejects.toMatchObject({ errno: 104 })
      expect(sim.state.ignoredResolves).toBe(1)
      expect(warn).toHaveBeenCalledTimes(1)
      expect(sim.calls.at(-1)?.outcome).toBe('fail')
    } finally {
      warn.mockRestore()
    }
  })

  test('H16: a listener that never calls resolve leaves the call pending, whatever the clock', async () => {
    const sim = createWechatSimulator()
    listen(sim)
    sim.wx.getClipboardData({ success: () => {} })
    await sim.flush()
    sim.advance(60_000)
    await sim.flush()
    expect(sim.calls.at(-1)?.outcome).toBe('pending')
    expect(sim.dialog).toBeNull()
  })

  test('H17: tapping an agree button records consent even if no resolve follows', async () => {
    const sim = createWechatSimulator()
    sim.tapAgree('agree')
    expect(sim.state).toMatchObject({ agreed: true, tappedAgreeButtons: ['agree'] })
  })

  test('H17: the agree event carries the button id', () => {
    const sim = createWechatSimulator()
    sim.advance(1234)
    expect(sim.tapAgree('agree-btn')).toEqual({
      type: 'agreeprivacyauthorization',
      timeStamp: 1234,
      target: { id: 'agree-btn', dataset: {} },
      currentTarget: { id: 'agree-btn', dataset: {} },
      detail: {},
    })
  })

  test('H17: combined open-types record consent', () => {
    for (const openType of [
      'getPhoneNumber|agreePrivacyAuthorization',
      'getRealtimePhoneNumber|agreePrivacyAuthorization',
      'getUserInfo|agreePrivacyAuthorization',
    ]) {
      const sim = createWechatSimulator()
      expect(sim.tapAgree('agree', { openType }), openType).not.toBeNull()
      expect(sim.state.agreed, openType).toBe(true)
    }
  })

  test('H17: a button that is not an agree button cannot record consent', () => {
    const sim = createWechatSimulator()
    expect(() => sim.tapAgree('phone', { openType: 'getPhoneNumber' })).toThrow(/agreePrivacyAuthorization/)
    expect(sim.state.agreed).toBe(false)
  })

  test('H17: on 2.32.3 and 3.0.1 an agree button without id fires no agree event, but consent is recorded', () => {
    for (const baseLibrary of ['2.32.3', '3.0.1']) {
      const sim = createWechatSimulator({ baseLibrary })
      expect(sim.tapAgree(), baseLibrary).toBeNull()
      expect(sim.state.agreed, baseLibrary).toBe(true)
    }
    for (const baseLibrary of ['2.33.0', '3.0.2']) {
      const sim = createWechatSimulator({ baseLibrary })
      expect(sim.tapAgree(), baseLibrary).toMatchObject({ target: { id: '' } })
    }
  })

  test('H17: resolving from the tap handler (before the agree event) fails although consent is recorded', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const call = sim.wx.getClipboardData()
    await sim.flush()
    // The tap handler runs before the agree event fires.
    events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
    sim.tapAgree('agree')
    await expect(call).rejects.toMatchObject({ errno: 104 })
    expect(sim.state.agreed).toBe(true)
  })

  test('H18: the nickname input before consent fires no event and behaves as plain text', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const events = listen(sim)
    await expect(sim.useComponent('input.nickname')).resolves.toMatchObject({ ok: false })
    expect(events).toHaveLength(0)
    expect(sim.dialog).toBeNull()
    sim.tapAgree('agree')
    await expect(sim.useComponent('input.nickname')).resolves.toEqual({ ok: true, errMsg: 'nickname:ok' })
  })

  test('H19: requirePrivacyAuthorize succeeds at once when agreed, without an event', async () => {
    const sim = createWechatSimulator({ agreed: true })
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.requirePrivacyAuthorize?.(callbacks)
    await sim.flush()
    expect(outcome.success).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(events).toHaveLength(0)
  })

  test('H19: requirePrivacyAuthorize fires the listener; agree succeeds', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.requirePrivacyAuthorize?.(callbacks)
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['requirePrivacyAuthorize'])
    sim.tapAgree('agree')
    events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
    await sim.flush()
    expect(outcome.success).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
  })

  test('H19: requirePrivacyAuthorize disagree fails', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    const { outcome, callbacks } = recorder()
    sim.wx.requirePrivacyAuthorize?.(callbacks)
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    await sim.flush()
    expect(outcome.fail).toEqual({
      errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized',
      errno: 104,
    })
  })

  test('H19: requirePrivacyAuthorize without a listener shows the official popup', async () => {
    const sim = createWechatSimulator({ officialPopup: 'manual' })
    const { outcome, callbacks } = recorder()
    sim.wx.requirePrivacyAuthorize?.(callbacks)
    expect(sim.dialog).toEqual({
      kind: 'privacy',
      api: 'requirePrivacyAuthorize',
      referrer: 'requirePrivacyAuthorize',
      contractName: '《示例小程序隐私保护指引》',
    })
    sim.answer('agree')
    await sim.flush()
    expect(outcome.success).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(sim.state.agreed).toBe(true)
  })

  test('H20: openPrivacyContract succeeds by default', async () => {
    const sim = createWechatSimulator()
    const { outcome, callbacks } = recorder()
    sim.wx.openPrivacyContract?.(callbacks)
    await sim.flush()
    expect(outcome.success).toEqual({ errMsg: 'openPrivacyContract:ok' })
  })
})
