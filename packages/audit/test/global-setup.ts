import { ensureBuilt } from '../../../examples/taro-app/scripts/build.mjs'
import buildUniApp from '../../../examples/uni-app/test/global-setup'
import { ensureAuditBuilt } from '../scripts/ensure-built.mjs'

/**
 * test/bin.test.ts runs the built command; test/examples.test.ts audits the real compiled examples. Builds each
 * unless its inputs are unchanged.
 */
export default function setup(): void {
  ensureAuditBuilt()
  ensureBuilt('weapp')
  buildUniApp()
}
