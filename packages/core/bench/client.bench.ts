import { createWechatSimulator } from '@mp-privacy/simulator'
import { bench, describe } from 'vitest'
import { createPrivacyClient, selectScopeStatus, toPrivacyError } from '../src/index'

// Timings live here, never in tests: `pnpm bench` at the repository root.

describe('pending requests', () => {
  bench('100 simultaneous gated calls, one prompt, settled by one agree', async () => {
    const sim = createWechatSimulator()
    const client = createPrivacyClient({ host: sim.wx, agreeButtonId: 'agree-btn' })
    client.registerOwner('page').show()
    for (let i = 0; i < 100; i++) sim.wx.getClipboardData({ success: () => {} })
    await sim.flush()
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    client.destroy()
  })
})

describe('store', () => {
  const sim = createWechatSimulator({ agreed: true })
  const client = createPrivacyClient({ host: sim.wx })
  const owners = Array.from({ length: 20 }, (_, i) => client.registerOwner(`page-${i}`))
  let seen = 0
  for (let i = 0; i < 20; i++) {
    client.store.subscribe((state) => {
      if (selectScopeStatus(state, 'scope.userLocation') === 'granted') seen++
    })
  }

  bench('a prompt owner change notifies 20 subscribers (selectScopeStatus each)', () => {
    const owner = owners[seen % owners.length]
    owner?.show()
    owner?.hide()
  })
})

describe('errors', () => {
  const raws = [
    { errMsg: 'getLocation:fail api scope is not declared in the privacy agreement', errno: 112 },
    { errMsg: 'authorize:fail 系统错误,错误码:-12006,auth deny' },
    { errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' },
    { errMsg: 'getSetting:fail system error' },
  ]
  bench('toPrivacyError classifies four WeChat failures', () => {
    for (const raw of raws) toPrivacyError(raw)
  })
})
