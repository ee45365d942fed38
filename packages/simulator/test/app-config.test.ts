// @vitest-environment jsdom
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { type HarnessPage, loadMiniProgram, type MiniProgram } from '../src/harness'
import { createWechatSimulator, type SimulatorOptions } from '../src/index'

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name)
const privacyJson = fixture('privacy.json')

/** Taps `selector` and waits for the page's `#result` to say how the call ended. */
async function result(app: MiniProgram, page: HarnessPage, selector: string): Promise<string> {
  await page.tap(selector)
  return app.waitFor(() => page.text('#result'))
}

async function launch(name: string, options: SimulatorOptions = {}, page = 'pages/index/index') {
  const sim = createWechatSimulator({ agreed: true, ...options })
  const app = await loadMiniProgram({ root: fixture(name), host: sim })
  return { sim, app, page: await app.open(page) }
}

test("H23: an app without requiredPrivateInfos in app.json gets WeChat's failure for getLocation", async () => {
  const { app, page } = await launch('popup')

  expect(await result(app, page, '#locate')).toBe(
    'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
  )
})

test("the test's own requiredPrivateInfos and permission win over the app's app.json", async () => {
  const { app, page } = await launch('popup', {
    requiredPrivateInfos: ['getLocation'],
    permission: { 'scope.userLocation': { desc: 'test' } },
  })

  expect(await result(app, page, '#locate')).toBe('located')
})

test('an app that declares getLocation and describes scope.userLocation locates', async () => {
  const { app, page } = await launch('bare', {}, 'pages/home/index')

  expect(await result(app, page, '#locate')).toBe('39.908823')
})

test("ext.json (extEnable) overrides app.json: its requiredPrivateInfos count, app.json's do not", async () => {
  const { sim, app, page } = await launch(
    'ext',
    { permission: { 'scope.userLocation': { desc: 'test' } } },
    'pages/start/index',
  )

  expect(await result(app, page, '#locate')).toBe('located')
  sim.wx.chooseLocation({ fail: () => {} })
  await sim.flush()
  expect(sim.calls.at(-1)).toMatchObject({
    api: 'chooseLocation',
    errMsg:
      'chooseLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
  })
})

test('no permission description for scope.userLocation: getLocation and authorize fail, no popup', async () => {
  const { sim, app, page } = await launch('ext', { authorizePopup: 'manual' }, 'pages/start/index')

  expect(await result(app, page, '#locate')).toBe('getLocation:fail require permission desc')
  page.instance.setData({ result: '' })
  expect(await result(app, page, '#authorize')).toBe('authorize:fail require permission desc')
  expect(sim.dialog).toBeNull()
  expect(sim.state.authSetting).toEqual({})
})

test('H7: loadMiniProgram({ privacy }) declares the keys of privacy.json; another type fails with 112', async () => {
  const sim = createWechatSimulator({ agreed: true, clipboardData: 'hi' })
  const app = await loadMiniProgram({ root: fixture('popup'), host: sim, privacy: privacyJson })
  const page = await app.open('pages/index/index')

  expect(sim.state.declared).toEqual(['Location', 'UserInfo', 'Album'])
  expect(sim.state.agreed).toBe(true)
  expect(await result(app, page, '#copy')).toBe(
    'getClipboardData:fail api scope is not declared in the privacy agreement|112',
  )
})

test('loadMiniProgram({ privacy }) on a simulator that has declared keys: a TypeError says pick one', async () => {
  const sim = createWechatSimulator({ declared: ['Location'] })

  await expect(loadMiniProgram({ root: fixture('popup'), host: sim, privacy: privacyJson })).rejects.toThrow(
    new TypeError(
      'The simulator already has its declared keys: pass either `declared` or `privacy` (the privacy guide the declared keys come from), not both.',
    ),
  )
  await expect(
    loadMiniProgram({ root: fixture('popup'), host: { wx: {} }, privacy: privacyJson }),
  ).rejects.toThrow(/needs a host with configureApp/)
  await expect(
    loadMiniProgram({
      root: fixture('popup'),
      host: createWechatSimulator(),
      privacy: fixture('missing.json'),
    }),
  ).rejects.toThrow(/missing\.json does not exist/)
})
