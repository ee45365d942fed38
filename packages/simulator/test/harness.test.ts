// @vitest-environment jsdom
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadMiniProgram, type MiniProgram } from '../src/harness'
import { createWechatSimulator, type SimulatorOptions } from '../src/index'
import { writeApp } from './writeApp'

/** A native mini program (what Taro and uni-app compile to), written for this file: one root per file. */
const files: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/index/index', 'pages/other/index', 'pages/detail/index'],
    tabBar: {
      list: [
        { pagePath: 'pages/index/index', text: 'Index' },
        { pagePath: 'pages/other/index', text: 'Other' },
      ],
    },
  }),
  'app.js': `
    wx.fromApp = true
    App({
      log: [],
      onLaunch(options) { this.log.push('app:onLaunch:' + options.path) },
      onShow() { this.log.push('app:onShow') },
      onHide() { this.log.push('app:onHide') },
    })`,
  'pages/index/index.json': JSON.stringify({
    usingComponents: { card: '/components/card/card', guard: '/components/guard/guard' },
  }),
  'pages/index/index.wxml': `
    <view class="page">
      <text id="status">{{status}}</text>
      <button id="agree-btn" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">Agree</button>
      <button class="no-id" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">Agree</button>
      <button id="settings" bindtap="openSettings">Settings</button>
      <text id="setting">{{setting}}</text>
      <input id="nick" bindinput="onInput" />
      <text id="nick-text">{{nick}}</text>
      <text id="apis">{{apis}}</text>
      <card />
      <guard id="guard" loading="{{guardLoading}}">
        <text slot="loading">checking</text>
        <text>content</text>
      </guard>
      <button id="guard-done" bindtap="guardDone">done</button>
    </view>`,
  'pages/index/index.js': `
    const log = (name) => getApp().log.push('index:' + name)
    Page({
      data: { status: 'pending', setting: '', nick: '', apis: '', guardLoading: true },
      guardDone() { this.setData({ guardLoading: false }) },
      onLoad(query) {
        log('onLoad:' + JSON.stringify(query))
        this.setData({ apis: [typeof wx.getPrivacySetting, typeof wx.getSystemInfoSync].join(',') })
      },
      onShow() { log('onShow') },
      onReady() { log('onReady') },
      onHide() { log('onHide') },
      onUnload() { log('onUnload') },
      onAgree(event) { this.setData({ status: 'agreed:' + event.currentTarget.id }) },
      openSettings() {
        wx.openSetting({
          success: () => this.setData({ setting: 'ok' }),
          fail: (error) => this.setData({ setting: error.errMsg }),
        })
      },
      onInput(event) { this.setData({ nick: event.detail.value }) },
    })`,
  'components/guard/guard.json': JSON.stringify({ component: true }),
  'components/guard/guard.wxml':
    '<block wx:if="{{loading}}"><slot name="loading" /></block><block wx:else><slot /></block>',
  'components/guard/guard.js': `Component({ options: { multipleSlots: true }, properties: { loading: Boolean } })`,
  'components/card/card.json': JSON.stringify({ component: true }),
  'components/card/card.wxml': '<view id="deep">{{label}}</view>',
  'components/card/card.js': `Component({ data: { label: 'inside the card' } })`,
  ...Object.fromEntries(
    ['other', 'detail'].flatMap((name) => [
      [`pages/${name}/index.json`, '{}'],
      [`pages/${name}/index.wxml`, `<text id="title">${name}</text>`],
      [
        `pages/${name}/index.js`,
        `const log = (name) => getApp().log.push('${name}:' + name)
        Page({
          onLoad(query) { log('onLoad:' + JSON.stringify(query)) },
          onShow() { log('onShow') },
          onHide() { log('onHide') },
          onUnload() { log('onUnload') },
        })`,
      ],
    ]),
  ),
}

const root = writeApp('mp-privacy-harness-', files)

async function launch(options: SimulatorOptions = {}) {
  const sim = createWechatSimulator(options)
  const app = await loadMiniProgram({ root, host: sim })
  return { sim, app, log: app.app.log as string[] }
}

function currentRoutes(): unknown[] {
  const pages = (globalThis as { getCurrentPages?: () => Array<{ route?: string }> }).getCurrentPages?.()
  return (pages ?? []).map((page) => page.route)
}

test('launch: the app gets onLaunch and onShow, an opened page onLoad, onShow and onReady', async () => {
  const { app, log } = await launch()

  const page = await app.open('pages/index/index')

  expect(log).toEqual([
    'app:onLaunch:pages/index/index',
    'app:onShow',
    'index:onLoad:{}',
    'index:onShow',
    'index:onReady',
  ])
  expect(page.status).toBe('shown')
  expect(currentRoutes()).toEqual(['pages/index/index'])
})

test('H13: agree() taps the button: the host records its id and the handler gets the event', async () => {
  const { sim, app } = await launch()
  const page = await app.open('pages/index/index')

  expect(await page.agree('#agree-btn')).toBe(true)

  await app.waitFor(() => page.text('#status') === 'agreed:agree-btn')
  expect(sim.state.tappedAgreeButtons).toEqual(['agree-btn'])
  expect(sim.state.agreed).toBe(true)
})

test('H17: on base library 2.32.3 an agree button without an id fires no event, yet records consent', async () => {
  const { sim, app } = await launch({ baseLibrary: '2.32.3' })
  const page = await app.open('pages/index/index')

  expect(await page.agree('.no-id')).toBe(false)

  expect(page.text('#status')).toBe('pending')
  expect(sim.state.agreed).toBe(true)
})

test('H26: a tapped handler may call openSetting; the same handler fired outside a tap fails', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')

  await page.trigger('#settings', 'tap')
  await app.waitFor(() => page.text('#setting') !== '')
  expect(page.text('#setting')).toBe('openSetting:fail can only be invoked by user TAP gesture.')

  await page.tap('#settings')
  await app.waitFor(() => page.text('#setting') === 'ok')
})

test('H2: privacy APIs come from the host only; other wx APIs fall back to miniprogram-simulate', async () => {
  const old = await launch({ baseLibrary: '2.30.0' })
  const oldPage = await old.app.open('pages/index/index')
  expect(oldPage.text('#apis')).toBe('undefined,function')

  const current = await launch()
  const page = await current.app.open('pages/index/index')
  expect(page.text('#apis')).toBe('function,function')
})

test("miniprogram-simulate's preloadAssets is hidden: uni-app would schedule a launch beacon with it", async () => {
  await launch()
  const wx = (globalThis as { wx?: Record<string, unknown> }).wx!

  expect(typeof wx.getSystemInfoSync).toBe('function')
  expect(wx.preloadAssets).toBeUndefined()
  expect('preloadAssets' in wx).toBe(false)
  expect(Object.keys(wx)).not.toContain('preloadAssets')
})

test('attribute() reads a WXML attribute by its hyphenated or camel-cased name', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')

  expect(page.attribute('#agree-btn', 'open-type')).toBe('agreePrivacyAuthorization')
  expect(page.attribute('#agree-btn', 'openType')).toBe('agreePrivacyAuthorization')
  expect(page.attribute('#agree-btn', 'bind-nothing')).toBeUndefined()
})

test("what the app writes on wx (e.g. webpack's chunk registry) stays off the host's wx", async () => {
  const { sim } = await launch()

  expect((globalThis as { wx?: { fromApp?: boolean } }).wx?.fromApp).toBe(true)
  expect('fromApp' in sim.wx).toBe(false)
})

test('navigation: getCurrentPages follows open, back and switchTab, with onHide/onShow/onUnload', async () => {
  const { app, log } = await launch()
  const index = await app.open('pages/index/index')
  const detail = await app.open('pages/detail/index?id=7')
  expect(currentRoutes()).toEqual(['pages/index/index', 'pages/detail/index'])
  expect(detail.query).toEqual({ id: '7' })

  expect(app.back()).toBe(index)
  expect(currentRoutes()).toEqual(['pages/index/index'])
  expect(detail.status).toBe('unloaded')

  const other = await app.switchTab('pages/other/index')
  expect(currentRoutes()).toEqual(['pages/other/index'])
  expect(await app.switchTab('/pages/index/index')).toBe(index)

  expect(log.slice(5)).toEqual([
    'index:onHide',
    'detail:onLoad:{"id":"7"}',
    'detail:onShow',
    'detail:onUnload',
    'index:onShow',
    'index:onHide',
    'other:onLoad:{}',
    'other:onShow',
    'other:onHide',
    'index:onShow',
  ])
  expect(other.status).toBe('hidden')
})

test('switchTab unloads the non-tab pages above the current tab', async () => {
  const { app, log } = await launch()
  await app.open('pages/index/index')
  const detail = await app.open('pages/detail/index')

  await app.switchTab('pages/other/index')

  expect(detail.status).toBe('unloaded')
  expect(log).toContain('detail:onUnload')
  expect(currentRoutes()).toEqual(['pages/other/index'])
})

test('the app going to the background hides the page first; coming back shows the app first', async () => {
  const { app, log } = await launch()
  await app.open('pages/index/index')

  app.hide()
  app.show()

  expect(log.slice(5)).toEqual(['index:onHide', 'app:onHide', 'app:onShow', 'index:onShow'])
})

test('selectors reach into custom components; input() fires the input event with the value', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')

  expect(page.text('#deep')).toBe('inside the card')
  expect(page.attribute('#agree-btn', 'open-type')).toBe('agreePrivacyAuthorization')

  await page.input('#nick', 'Mei')
  await app.waitFor(() => page.text('#nick-text') === 'Mei')
})

test('errors say what went wrong: a missing node, a camel-case event, a timed-out waitFor, a page not in app.json', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')

  expect(() => page.text('#missing')).toThrow(
    /No node matches "#missing" on pages\/index\/index\. The page shows: ".*pending/,
  )
  await expect(page.trigger('#agree-btn', 'agreePrivacyAuthorization')).rejects.toThrow(/lower-case/)
  await expect(app.waitFor(() => page.text('#missing'), { timeout: 20, message: 'no luck' })).rejects.toThrow(
    /^no luck within 20 ms\.\nLast error: No node matches "#missing"/,
  )
  await expect(app.open('pages/nowhere/index')).rejects.toThrow(/is not a page of/)
  await expect(loadMiniProgram({ root: join(root, 'pages'), host: { wx: {} } })).rejects.toThrow(
    /build it first/,
  )
})

test('a wx:if that swaps a named slot for the default slot shows the default content (as WeChat does)', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')
  expect(page.text('#guard').trim()).toBe('checking')

  await page.tap('#guard-done')

  await app.waitFor(() => page.text('#guard').trim() === 'content')
})

test('a new launch evaluates the app afresh and closes the previous one', async () => {
  const first: MiniProgram = (await launch()).app
  await first.open('pages/index/index')

  const second = await launch()

  expect(second.app.app).not.toBe(first.app)
  expect(second.log).toEqual(['app:onLaunch:pages/index/index', 'app:onShow'])
  await expect(first.open('pages/detail/index')).rejects.toThrow(/closed/)
})
