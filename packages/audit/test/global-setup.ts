import { ensureBuilt } from '../../../examples/taro-app/scripts/build.mjs'
import buildUniApp from '../../../examples/uni-app/test/global-setup'

/** The example tests audit the real compiled examples: build them unless their inputs are unchanged. */
export default function setup(): void {
  ensureBuilt('weapp')
  buildUniApp()
}
