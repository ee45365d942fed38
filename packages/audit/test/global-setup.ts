import { ensureBuilt } from '../../../scripts/tasks.mjs'

/**
 * test/bin.test.ts runs the built command; test/examples.test.ts audits the real compiled examples and
 * test/dev-builds.test.ts their development builds. Builds each unless its inputs are unchanged.
 */
export default function setup(): void {
  ensureBuilt('audit')
  ensureBuilt('taro-app:weapp')
  ensureBuilt('uni-app:mp-weixin')
  ensureBuilt('taro-app:weapp-dev')
  ensureBuilt('uni-app:mp-weixin-dev')
}
