import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
import { uniLifecycle } from '@mp-privacy/vue/uni'
import { createSSRApp } from 'vue'
import App from './App.vue'
import { AGREE_BUTTON_IDS } from './privacy'

// H3: the client owns WeChat's single onNeedPrivacyAuthorization listener, so there is exactly one, created
// when the app's script runs (before any page), on the native `wx`.
const privacyClient = createPrivacyClient({ agreeButtonId: AGREE_BUTTON_IDS })

/**
 * uni-app's entry: the app with the privacy plugin installed (uni calls it; `app.js` in the output).
 *
 * @example
 * const { app } = createApp()
 */
export function createApp() {
  const app = createSSRApp(App)
  // Pages are not children of App.vue in uni-app: only an app-level provide reaches them. uni-app's public
  // page hooks (onShow/onHide/onUnload) move the prompt with the user between pages.
  app.use(createPrivacyPlugin({ client: privacyClient, lifecycle: uniLifecycle }))
  return { app }
}
