import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { expect, test } from 'vitest'
import { outputDir } from './output'

test('H13, H17, H28: tapping the compiled agree button records consent and runs the Vue handler', async () => {
  const sim = createWechatSimulator()
  const app = await loadMiniProgram({ root: outputDir, host: sim })
  const page = await app.open('pages/index/index')
  expect(page.text('#agree-status')).toBe('not agreed')

  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => page.text('#agree-status') === 'agreed')
  expect(sim.state).toMatchObject({ agreed: true, tappedAgreeButtons: ['agree-btn'] })
})

test('H9, H21, H28: uni.getClipboardData on the profile page goes through the host wx', async () => {
  const sim = createWechatSimulator({ clipboardData: 'copied text' })
  const app = await loadMiniProgram({ root: outputDir, host: sim })
  const page = await app.switchTab('pages/profile/index')

  await page.tap('#clipboard-btn')
  await app.waitFor(() => page.text('#clipboard-result') === 'copied text')
  // No listener is registered, so WeChat's own popup asked for consent (agreed by default).
  expect(sim.calls).toMatchObject([{ api: 'getClipboardData', outcome: 'success' }])
})

test('an SFC from a linked package renders inside the page and handles its own taps', async () => {
  const app = await loadMiniProgram({ root: outputDir, host: createWechatSimulator() })
  const page = await app.switchTab('pages/location/index')
  expect(page.text('#fixture-note-label')).toBe('easycom')

  await page.tap('#fixture-note-btn')
  await app.waitFor(() => page.text('#fixture-note-btn') === 'Tapped 1')
})
