import { ensureBuilt } from '../../../scripts/tasks.mjs'

/**
 * test/bin.test.ts runs the built command; test/examples.test.ts audits the real compiled examples. Builds each
 * unless its inputs are unchanged.
 */
export default function setup(): void {
  ensureBuilt('audit')
  ensureBuilt('taro-app:weapp')
  ensureBuilt('uni-app:mp-weixin')
}
