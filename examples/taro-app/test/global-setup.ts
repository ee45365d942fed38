import { hasChromium } from '../../../scripts/chromium.mjs'
import { ensureBuilt } from '../../../scripts/tasks.mjs'

/**
 * Builds dist/ (weapp) for the end-to-end tests, dist-tt/ and dist-alipay/ for the Douyin and Alipay output tests,
 * and the H5 demo for the Chromium test, unless their inputs are unchanged (keeps `pnpm test` fast). Here, in
 * Vitest's main process before any test runs — not inside a test: a build that blocks a test worker for long makes
 * its pending RPC calls to Vitest time out.
 */
export default function setup(): void {
  ensureBuilt('taro-app:weapp')
  ensureBuilt('taro-app:tt')
  ensureBuilt('taro-app:alipay')
  if (hasChromium) ensureBuilt('taro-app:h5')
}
