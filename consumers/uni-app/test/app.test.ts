// @vitest-environment jsdom
// The compiled app (dist/build/mp-weixin), run by the installed @mp-privacy/simulator/harness: no alias, no
// source condition: what a user of the npm packages gets.
import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { expect, test } from 'vitest'

const root = 'dist/build/mp-weixin'

test('easycom: the guard asks WeChat, shows its prompt, and one agree shows the content', async () => {
  const sim = createWechatSimulator({ contractName: '《隐私保护指引》' })
  const app = await loadMiniProgram({ root, host: sim })
  const page = await app.open('pages/index/index')
  await app.waitFor(() => page.exists('#agree-btn'))
  expect(page.text('#mp-privacy-contract')).toBe('《隐私保护指引》')
  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => page.text('#status') === 'agreed')
  expect(page.text()).toContain('已同意')
  expect(sim.state).toMatchObject({ agreed: true })
  app.close()
})

test('imports: a gated call waits for the agree button, then continues; the scope guard asks for location', async () => {
  const sim = createWechatSimulator({ clipboardData: '剪贴板', authSetting: { 'scope.userLocation': true } })
  const app = await loadMiniProgram({ root, host: sim })
  const page = await app.open('pages/imports/index')
  await app.waitFor(() => page.text('#status') === 'required')
  await page.tap('#paste')
  await app.waitFor(() => sim.calls.some((call) => call.api === 'getClipboardData'))
  expect(page.text('#clipboard')).toBe('')
  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => page.text('#clipboard') === '剪贴板')
  await app.waitFor(() => page.text().includes('已授权定位'))
  app.close()
})
