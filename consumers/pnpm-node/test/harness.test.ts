// @vitest-environment jsdom
// The harness installed by pnpm (strict node_modules: miniprogram-simulate is only a peer) runs the
// uni-app consumer's build.
import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { expect, test } from 'vitest'

test('the harness from a pnpm install runs a compiled app', async () => {
  const root = process.env.UNI_APP_DIST
  if (!root)
    throw new Error('UNI_APP_DIST: the uni-app consumer build to run (set by scripts/consumer-check.mjs)')
  const sim = createWechatSimulator()
  const app = await loadMiniProgram({ root, host: sim })
  const page = await app.open('pages/index/index')
  await app.waitFor(() => page.exists('#agree-btn'))
  expect(await page.agree('#agree-btn')).toBe(true)
  await app.waitFor(() => page.text('#status') === 'agreed')
  app.close()
})
