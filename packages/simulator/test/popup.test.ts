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
