import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
import { createSSRApp } from 'vue'
import App from './App.vue'

const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })

export function createApp() {
  const app = createSSRApp(App)
  app.use(createPrivacyPlugin({ client }))
  return { app }
}
