// @vitest-environment jsdom
// The compiled app (dist) — the template with the React README's app, popup and pages — run by the installed
// @mp-privacy/simulator/harness.
import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { expect, test } from 'vitest'

test('README <PrivacyGuard>: Profile shows the prompt, one agree shows the nickname input', async () => {
  const sim = createWechatSimulator({ contractName: '《隐私保护指引》' })
  const app = await loadMiniProgram({ root: 'dist', host: sim })
  const page = await app.open('pages/profile/index')
  await app.waitFor(() => page.exists('#mp-privacy-agree') || page.exists('#agree-btn'))
  expect(page.text('#mp-privacy-contract')).toBe('《隐私保护指引》')
  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => !page.exists('#mp-privacy-contract'))
  expect(sim.state).toMatchObject({ agreed: true })
  app.close()
})

test('README popup: a paste before consent waits, the popup shows, one agree lets it continue', async () => {
  const sim = createWechatSimulator({ clipboardData: '剪贴板' })
  const app = await loadMiniProgram({ root: 'dist', host: sim })
  const page = await app.open('pages/index/index')
  await page.tap('#paste')
  await app.waitFor(() => page.exists('#agree-btn'))
  expect(page.text()).toContain('继续使用需要你同意')
  expect(sim.calls.map((call) => `${call.api}:${call.outcome}`)).toContain('getClipboardData:pending')
  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => !page.exists('#agree-btn'))
  expect(sim.calls.map((call) => `${call.api}:${call.outcome}`)).toContain('getClipboardData:success')
  app.close()
})
