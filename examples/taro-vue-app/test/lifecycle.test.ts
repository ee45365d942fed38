import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { expect, test } from 'vitest'

const root = `${__dirname}/../dist`

async function launch() {
  const sim = createWechatSimulator({ clipboardData: 'copied text', declared: ['Clipboard'] })
  const app = await loadMiniProgram({ root, host: sim })
  return { sim, app }
}

test('H10, H13: the popup shows the waiting call; one agree continues it', async () => {
  const { sim, app } = await launch()
  const home = await app.open('pages/index/index')
  await home.tap('#paste-btn')
  await app.waitFor(() => home.exists('#privacy-popup'))
  expect(home.text('#popup-referrers')).toBe('getClipboardData')

  expect(await home.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => home.text('#clipboard') === 'clipboard: copied text')
  expect(sim.state.agreed).toBe(true)
  await app.waitFor(() => !home.exists('#privacy-popup'))
})

test("Taro's page hooks (taroLifecycle): the prompt moves to the page the user opens and back", async () => {
  const { app } = await launch()
  const home = await app.open('pages/index/index')
  await home.tap('#paste-btn')
  await app.waitFor(() => home.exists('#privacy-popup'))

  // useDidHide on Home, useDidShow on Other: Other shows the prompt, hidden Home keeps still.
  const other = await app.open('pages/other/index')
  await app.waitFor(() => other.exists('#privacy-popup'))
  expect(other.text('#popup-referrers')).toBe('getClipboardData')

  // Back: Other unloads (useUnload), Home shows (useDidShow) and shows the prompt again.
  app.back()
  await app.waitFor(() => home.exists('#privacy-popup') && !other.exists('#privacy-popup'))
  expect(await home.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => home.text('#clipboard') === 'clipboard: copied text')
})
