import { ensureBuilt } from '../scripts/build.mjs'
import { hasChromium } from './chromium'

/**
 * Builds dist/ (weapp) for the end-to-end tests, and the H5 demo for the Chromium test, unless their inputs are
 * unchanged (keeps `pnpm test` fast). Here, in Vitest's main process before any test runs — not inside a test: a
 * build that blocks a test worker for long makes its pending RPC calls to Vitest time out.
 */
export default function setup(): void {
  ensureBuilt('weapp')
  if (hasChromium) ensureBuilt('h5')
}
