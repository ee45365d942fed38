import { createWechatSimulator, type WechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram, type MiniProgram } from '@mp-privacy/simulator/harness'
import { beforeEach, expect, test } from 'vitest'
import { weappDir } from './paths'

let sim: WechatSimulator
let app: MiniProgram

beforeEach(async () => {
  sim = createWechatSimulator({ clipboardData: 'hello' })
  app = await loadMiniProgram({ root: weappDir, host: sim })
})

test('launch: the home tab renders its initial state and is the only page', async () => {
  const home = await app.open('pages/index/index')

  await app.waitFor(() => home.text('#visibility') === 'shown')
  expect(home.text('#status')).toBe('pending')
  expect(home.attribute('#agree-btn', 'open-type')).toBe('agreePrivacyAuthorization')
  expect(app.pages.map((page) => page.route)).toEqual(['pages/index/index'])
})

test('H17: tapping the agree button records consent and its event reaches the React handler', async () => {
  const home = await app.open('pages/index/index')
  expect(sim.state.agreed).toBe(false)

  expect(await home.agree('#agree-btn')).toBe(true)

  await app.waitFor(() => home.text('#status') === 'agreed:agree-btn')
  expect(sim.state.agreed).toBe(true)
  expect(sim.state.tappedAgreeButtons).toContain('agree-btn')
})

test('switchTab: the current tab gets onHide, the other tab onShow, and back again', async () => {
  const home = await app.open('pages/index/index')
  await app.waitFor(() => home.text('#visibility') === 'shown')

  const profile = await app.switchTab('pages/profile/index')
  await app.waitFor(() => home.text('#visibility') === 'hidden' && profile.text('#visibility') === 'shown')
  expect([home.status, profile.status]).toEqual(['hidden', 'shown'])
  expect(app.pages).toEqual([profile])

  expect(await app.switchTab('pages/index/index')).toBe(home)
  await app.waitFor(() => home.text('#visibility') === 'shown' && profile.text('#visibility') === 'hidden')
  expect(app.pages).toEqual([home])
})

test('H21: a tapped Taro.getClipboardData reaches the simulated wx; the official popup is agreed by default', async () => {
  const profile = await app.open('pages/profile/index')

  await profile.tap('#clipboard-btn')

  await app.waitFor(() => profile.text('#clipboard') === 'clipboard:hello')
  expect(sim.calls.map((call) => call.api)).toContain('getClipboardData')
  expect(sim.state.agreed).toBe(true)
})
