import { ensureBuilt } from '../../../scripts/tasks.mjs'

/** Builds the mini-program (and the audit plugin it runs) unless the output was built from the same inputs. */
export default function setup(): void {
  ensureBuilt('uni-app:mp-weixin')
}
