import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'

// The README's example, with the app's host injected as it would be with Taro.
interface LocationHost {
  getLocation(options: { type: 'gcj02' }): Promise<{ latitude: number; longitude: number }>
}

async function locate(host: LocationHost): Promise<{ latitude: number; longitude: number } | null> {
  try {
    const { latitude, longitude } = await host.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    return null
  }
}

describe('README example', () => {
  test('returns null when the user refuses WeChat’s privacy popup', async () => {
    const sim = createWechatSimulator({ officialPopup: 'disagree' })
    expect(await locate(sim.wx)).toBeNull()
    expect(sim.calls).toEqual([
      {
        api: 'getLocation',
        outcome: 'fail',
        errno: 103,
        errMsg: 'getLocation:fail privacy permission is not authorized',
        referrer: 'getLocation',
      },
    ])
  })

  test('continues after the user taps the agree button of our own popup', async () => {
    const sim = createWechatSimulator()
    sim.wx.onNeedPrivacyAuthorization?.((resolve) => {
      sim.tapAgree('agree-btn')
      resolve({ event: 'agree', buttonId: 'agree-btn' })
    })
    expect(await locate(sim.wx)).toEqual({ latitude: 39.908823, longitude: 116.39747 })
    expect(sim.state).toMatchObject({ agreed: true, authSetting: { 'scope.userLocation': true } })
  })
})
