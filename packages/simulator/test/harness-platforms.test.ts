// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { loadMiniProgram } from '../src/harness'
import { createAlipaySimulator, createSimulator, createWechatSimulator } from '../src/index'
import { writeApp } from './writeApp'

/**
 * A WeChat build (what Taro and uni-app compile for `weapp`) that shows which platform globals it sees and asks
 * for the privacy setting through `wx` and through the platform's own global, as core does.
 */
const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({})',
  'pages/index/index.json': '{}',
  'pages/index/index.wxml': `
    <text id="globals">{{globals}}</text>
    <button id="ask" bindtap="ask">ask</button>
    <text id="answers">{{answers}}</text>
    <button id="agree-btn" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">agree</button>`,
  'pages/index/index.js': `
    const own = () => (typeof tt === 'object' ? tt : typeof my === 'object' ? my : null)
    Page({
      data: { globals: '', answers: '' },
      onLoad() {
        this.setData({ globals: 'tt:' + typeof tt + ' my:' + typeof my })
      },
      ask() {
        const answers = []
        const done = (via) => (res) => {
          answers.push(via + ':' + res.needAuthorization)
          this.setData({ answers: answers.join(' ') })
        }
        wx.getPrivacySetting({ success: done('wx') })
        if (own()) own().getPrivacySetting({ success: done('own') })
      },
      onAgree() {},
    })`,
}

const root = writeApp('mp-privacy-harness-platforms-', files)

test('a Douyin simulator runs the WeChat build: its host is the build’s wx and the global tt', async () => {
  const sim = createSimulator({ platform: 'tt' })
  const app = await loadMiniProgram({ root, host: sim })
  const page = await app.open('pages/index/index')

  expect(page.text('#globals')).toBe('tt:object my:undefined')
  await page.tap('#ask')
  await app.waitFor(() => page.text('#answers').split(' ').length === 2)

  expect(page.text('#answers')).toBe('wx:true own:true')
  // Both calls reached the one simulated Douyin host.
  expect(sim.calls.filter((call) => call.api === 'getPrivacySetting')).toHaveLength(2)
})

test('an Alipay simulator: the global my, no tt; the app’s privacy guide and the agree tap reach it', async () => {
  const sim = createAlipaySimulator()
  // `privacy` reaches the host through its configureApp (without one the launch throws): a declared type to agree to.
  const app = await loadMiniProgram({
    root,
    host: sim,
    privacy: { setting_list: [{ privacy_key: 'Location', privacy_text: '展示附近门店' }] },
  })
  const page = await app.open('pages/index/index')

  expect(page.text('#globals')).toBe('tt:undefined my:object')
  await page.tap('#ask')
  await app.waitFor(() => page.text('#answers').split(' ').length === 2)
  expect(page.text('#answers')).toBe('wx:true own:true')
  expect(sim.calls.filter((call) => call.api === 'getPrivacySetting')).toHaveLength(2)

  expect(await page.agree('#agree-btn')).toBe(true)
  expect(sim.state.agreed).toBe(true)
})

test('the platform global goes with its launch: a WeChat launch after a Douyin one sees no tt', async () => {
  await loadMiniProgram({ root, host: createSimulator({ platform: 'tt' }) })
  expect(typeof (globalThis as { tt?: unknown }).tt).toBe('object')

  const app = await loadMiniProgram({ root, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')

  expect(page.text('#globals')).toBe('tt:undefined my:undefined')
  await page.tap('#ask')
  await app.waitFor(() => page.text('#answers') !== '')
  expect(page.text('#answers')).toBe('wx:true')
})
