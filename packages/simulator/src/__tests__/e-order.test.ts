import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import { listen } from './helpers'

const notInRequired =
  'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json'

describe('E. Order of checks for one call', () => {
  test('H23: 1) an undeclared type fails with 112 before anything else', async () => {
    const sim = createWechatSimulator({
      declared: [],
      requiredPrivateInfos: [],
      authSetting: { 'scope.userLocation': false },
    })
    const events = listen(sim)
    await expect(sim.wx.getLocation()).rejects.toMatchObject({ errno: 112 })
    expect(events).toHaveLength(0)
  })

  test('H23: 2) consent comes before requiredPrivateInfos', async () => {
    const sim = createWechatSimulator({ requiredPrivateInfos: [] })
    const events = listen(sim)
    const call = sim.wx.getLocation()
    await sim.flush()
    expect(events.map((event) => event.referrer)).toEqual(['getLocation'])
    sim.tapAgree('agree')
    events[0]?.resolve({ event: 'agree', buttonId: 'agree' })
    await expect(call).rejects.toEqual({ errMsg: notInRequired })
  })

  test('H23: 3) requiredPrivateInfos comes before the scope', async () => {
    const sim = createWechatSimulator({
      agreed: true,
      requiredPrivateInfos: [],
      authSetting: { 'scope.userLocation': false },
      authorizePopup: 'manual',
    })
    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: notInRequired })
    expect(sim.dialog).toBeNull()
  })

  test('H23: 4) then the scope: denied fails with auth deny', async () => {
    const sim = createWechatSimulator({ agreed: true, authSetting: { 'scope.userLocation': false } })
    await expect(sim.wx.getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' })
  })

  test('H23: a disagree stops the call before requiredPrivateInfos or the scope are looked at', async () => {
    const sim = createWechatSimulator({ requiredPrivateInfos: [], authorizePopup: 'manual' })
    const events = listen(sim)
    const call = sim.wx.getLocation()
    await sim.flush()
    events[0]?.resolve({ event: 'disagree' })
    await expect(call).rejects.toMatchObject({ errno: 104 })
    expect(sim.state.authSetting).toEqual({})
  })
})
