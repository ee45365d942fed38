import { onHide, onShow, onUnload } from '@dcloudio/uni-app'
import type { PageLifecycle } from './pageLifecycle'

/**
 * uni-app's public page hooks (`onShow`, `onHide`, `onUnload` of `@dcloudio/uni-app`) for
 * `createPrivacyPlugin({ lifecycle })`: the prompt follows the user between pages and scopes are re-read
 * when a page shows.
 *
 * @example
 * ```ts
 * // src/main.ts
 * import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
 * import { uniLifecycle } from '@mp-privacy/vue/uni'
 *
 * const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * app.use(createPrivacyPlugin({ client, lifecycle: uniLifecycle }))
 * ```
 */
export const uniLifecycle: PageLifecycle = {
  onShow: (hook) => onShow(hook),
  onHide: (hook) => onHide(hook),
  onUnload: (hook) => onUnload(hook),
}

export type { PageLifecycle }
