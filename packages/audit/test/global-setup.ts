import { ensureBuilt } from '../../../scripts/tasks.mjs'

/**
 * test/bin.test.ts runs the built command; test/examples.test.ts audits the real compiled examples and
 * test/dev-builds.test.ts their development builds. Builds each unless its inputs are unchanged.
 */
export default function setup(): void {
  ensureBuilt('audit')
  ensureBuilt('taro-app:weapp')
  ensureBuilt('uni-app:mp-weixin')
  // test/platforms.test.ts: Douyin and Alipay output.
  ensureBuilt('taro-app:tt')
  ensureBuilt('taro-app:alipay')
  ensureBuilt('uni-app:mp-toutiao')
  ensureBuilt('uni-app:mp-alipay')
  ensureBuilt('taro-app:weapp-dev')
  ensureBuilt('uni-app:mp-weixin-dev')
}
