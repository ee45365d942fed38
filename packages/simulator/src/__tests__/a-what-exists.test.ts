import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen, recorder } from './helpers'

const privacyApis = [
  'getPrivacySetting',
  'onNeedPrivacyAuthorization',
  'requirePrivacyAuthorize',
  'openPrivacyContract',
] as const

describe('A. What exists', () => {
  test('H1: the four privacy APIs exist from 2.32.3 and return undefined, never a Promise', async () => {
    const sim = createWechatSimulator({ baseLibrary: '2.32.3' })
    for (const api of privacyApis) expect(typeof sim.wx[api]).toBe('function')
    expect(sim.wx.getPrivacySetting?.()).toBeUndefined()
    expect(sim.wx.requirePrivacyAuthorize?.()).toBeUndefined()
    expect(sim.wx.openPrivacyContract?.()).toBeUndefined()
    expect(sim.wx.onNeedPrivacyAuthorization?.(() => {})).toBeUndefined()
    await sim.flush()
    expect(sim.calls.map((call) => call.api)).toEqual([
      'getPrivacySetting',
      'requirePrivacyAuthorize',
      'openPrivacyContract',
      'onNeedPrivacyAuthorization',
    ])
  })

  test('H1: privacy callbacks arrive asynchronously, success before complete', async () => {
    const sim = createWechatSimulator()
    const { outcome, callbacks } = recorder()
    sim.wx.getPrivacySetting?.(callbacks)
    expect(outcome.order).toEqual([])
    await sim.flush()
    expect(outcome.order).toEqual(['success', 'complete'])
  })

  test('H2: below 2.32.3 the privacy APIs are absent and gated APIs just work', async () => {
    const sim = createWechatSimulator({ baseLibrary: '2.32.2', authSetting: { 'scope.userLocation': true } })
    for (const api of privacyApis) {
      expect(sim.wx[api]).toBeUndefined()
      expect(api in sim.wx).toBe(false)
    }
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    await expect(sim.wx.getLocation()).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(sim.state.dialog).toBeNull()
  })

  test('H2: below 2.32.3 an undeclared privacy type is not checked either', async () => {
    const sim = createWechatSimulator({ baseLibrary: '2.30.0', declared: [] })
    await expect(sim.wx.getClipboardData()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
  })

  test('H3: registering a listener again replaces the previous one', async () => {
    const sim = createWechatSimulator()
    const first = listen(sim)
    const second = listen(sim)
    sim.wx.getClipboardData({ fail: () => {} })
    await sim.flush()
    expect(first).toHaveLength(0)
    expect(second).toHaveLength(1)
    expect(sim.state.listenerRegistrations).toBe(2)
    expect(sim.state.listenerRegistered).toBe(true)
    expect('offNeedPrivacyAuthorization' in sim.wx).toBe(false)
  })

  test('H4: the gate is on without any app.json switch', async () => {
    const sim = createWechatSimulator()
    const events = listen(sim)
    sim.wx.getClipboardData({ success: () => {} })
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getClipboardData'])
    expect(sim.calls.at(-1)).toMatchObject({ api: 'getClipboardData', outcome: 'pending' })
  })
})
