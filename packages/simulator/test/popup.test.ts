// @vitest-environment jsdom
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadMiniProgram } from '../src/harness'
import { createWechatSimulator, type SimulatorOptions } from '../src/index'

/** A native mini program with a hand-written privacy popup (test/fixtures/popup). */
const root = join(import.meta.dirname, 'fixtures', 'popup')

async function launch(options: SimulatorOptions = {}) {
  const sim = createWechatSimulator(options)
  const app = await loadMiniProgram({ root, host: sim })
  return { sim, app }
}

test('renders: one entry per setData of the page or a component inside it, with its size', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')
  const loaded = page.renders.length
  expect(page.renders).toContainEqual({ bytes: JSON.stringify({ title: 'index' }).length, hidden: false })

  await page.tap('#increment')
  page.instance.setData({ result: 'x' })

  expect(page.text('#count')).toBe('1')
  expect(page.renders.slice(loaded)).toEqual([
    { bytes: JSON.stringify({ count: 1 }).length, hidden: false },
    { bytes: JSON.stringify({ result: 'x' }).length, hidden: false },
  ])
})

test('renders: setData while the page is hidden (app.hide, switchTab away, page.hide) is flagged hidden', async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')
  const size = (data: object) => JSON.stringify(data).length
  const after = async (action: () => unknown) => {
    const from = page.renders.length
    await action()
    return page.renders.slice(from)
  }

  app.hide()
  expect(
    await after(async () => {
      await page.tap('#increment')
      page.instance.setData({ result: 'in the background' })
    }),
  ).toEqual([
    { bytes: size({ count: 1 }), hidden: true },
    { bytes: size({ result: 'in the background' }), hidden: true },
  ])
  app.show()
  expect(await after(() => page.tap('#increment'))).toEqual([{ bytes: size({ count: 2 }), hidden: false }])

  await app.switchTab('pages/other/index')
  expect(await after(() => page.instance.setData({ result: 'behind a tab' }))).toEqual([
    { bytes: size({ result: 'behind a tab' }), hidden: true },
  ])

  await app.switchTab('pages/index/index')
  page.hide()
  expect(await after(() => page.tap('#increment'))).toEqual([{ bytes: size({ count: 3 }), hidden: true }])
})

test("a component's pageLifetimes show and hide follow its page; resize() reaches them", async () => {
  const { app } = await launch()
  const index = await app.open('pages/index/index')
  expect(index.text('#lifetimes')).toBe('1/0/0')

  await app.switchTab('pages/other/index')
  await app.switchTab('pages/index/index')
  app.hide()
  app.show()

  expect(index.text('#lifetimes')).toBe('3/2/0')
  index.resize({ windowWidth: 812, windowHeight: 375 })
  expect(index.text('#lifetimes')).toBe('3/2/1')
  expect(index.text('#viewport')).toBe('812')
})

test("a component's module runs once per app: pages share its state and its one listener (H3)", async () => {
  const { sim, app } = await launch()
  const index = await app.open('pages/index/index')
  const detail = await app.open('pages/detail/index')
  const other = await app.switchTab('pages/other/index')

  expect([index, detail, other].map((page) => page.text('#module'))).toEqual(['1', '1', '1'])
  expect(sim.state.listenerRegistrations).toBe(1)
})

test('the popup that shows is the one on the visible page: its module-level handler moved there', async () => {
  const { app } = await launch()
  const index = await app.open('pages/index/index')
  await app.switchTab('pages/other/index')
  await app.switchTab('pages/index/index')

  await index.tap('#copy')

  await app.waitFor(() => index.text('#popup-state') === 'open')
})

test('getAppBaseInfo and getSystemInfoSync report the host base library as SDKVersion', async () => {
  const old = await launch({ baseLibrary: '2.32.2' })
  expect((await old.app.open('pages/index/index')).text('#sdk')).toBe('2.32.2/2.32.2')

  const current = await launch({ baseLibrary: '3.6.0' })
  expect((await current.app.open('pages/index/index')).text('#sdk')).toBe('3.6.0/3.6.0')
})

test('H17 [seen]: agree() taps first, then fires the agree event; resolving from the tap fails (104) though consent is recorded', async () => {
  const { sim, app } = await launch()
  const page = await app.open('pages/index/index')
  await page.tap('#copy')
  await app.waitFor(() => page.text('#popup-state') === 'open')

  expect(await page.agree('#popup-agree')).toBe(true)

  expect(page.text('#events')).toBe('tap,agree')
  await app.waitFor(() => page.text('#result') !== '')
  expect(page.text('#result')).toBe(
    'getClipboardData:fail privacy permission is not authorized or buttonId is wrong|104',
  )
  expect(sim.state.agreed).toBe(true)
})

test('a host whose APIs are inherited (Object.create(sim.wx)) still owns them: hasOwnProperty says so', async () => {
  const sim = createWechatSimulator({ agreed: true, clipboardData: 'hi' })
  const host = { wx: Object.create(sim.wx) as object, tapAgree: sim.tapAgree, userTap: sim.userTap }
  const app = await loadMiniProgram({ root, host })
  const page = await app.open('pages/index/index')

  expect(page.text('#own')).toBe('true/true')
  await page.tap('#copy')
  await app.waitFor(() => page.text('#result') === 'copied:hi')
})

test("SelectorQuery.selectViewport() works on wx.createSelectorQuery() (a popup's animation measures it)", async () => {
  const { app } = await launch()
  const page = await app.open('pages/index/index')

  await page.tap('#measure')

  await app.waitFor(() => page.text('#viewport') === 'scrollTop:0')
})
