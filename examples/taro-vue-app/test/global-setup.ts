import { ensureBuilt } from '../../../scripts/tasks.mjs'

/** Builds dist/ with `taro build --type weapp` unless it was built from the same inputs. */
export default function setup(): void {
  ensureBuilt('taro-vue-app:weapp')
}
