import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
import { uniLifecycle } from '@mp-privacy/vue/uni'
import { createSSRApp } from 'vue'
import App from './App.vue'

const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })

export function createApp() {
  const app = createSSRApp(App)
  // uni-app's page hooks (onShow/onHide/onUnload) tell the library which page the user sees.
  app.use(createPrivacyPlugin({ client, lifecycle: uniLifecycle }))
  return { app }
}
