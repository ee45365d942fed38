import { ensureBuilt } from '../../../scripts/tasks.mjs'

/**
 * Builds the mini-program for WeChat (the end-to-end tests), Douyin and Alipay (the output tests), and the audit
 * plugin the builds run, unless the output was built from the same inputs.
 */
export default function setup(): void {
  ensureBuilt('uni-app:mp-weixin')
  ensureBuilt('uni-app:mp-toutiao')
  ensureBuilt('uni-app:mp-alipay')
}
