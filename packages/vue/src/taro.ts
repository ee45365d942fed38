import Taro from '@tarojs/taro'
import type { PageLifecycle } from './pageLifecycle'

/**
 * Taro's public page hooks (`useDidShow`, `useDidHide`, `useUnload` of `@tarojs/taro`) for
 * `createPrivacyPlugin({ lifecycle })` in a Taro Vue 3 app: the prompt follows the user between pages and
 * scopes are re-read when a page shows.
 *
 * @example
 * ```ts
 * // src/app.ts
 * import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
 * import { taroLifecycle } from '@mp-privacy/vue/taro'
 *
 * const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * app.use(createPrivacyPlugin({ client, lifecycle: taroLifecycle }))
 * ```
 */
export const taroLifecycle: PageLifecycle = {
  // Looked up when called: Taro's framework plugin installs these hooks on the module at run time.
  onShow: (hook) => Taro.useDidShow(hook),
  onHide: (hook) => Taro.useDidHide(hook),
  onUnload: (hook) => Taro.useUnload(hook),
}

export type { PageLifecycle }
