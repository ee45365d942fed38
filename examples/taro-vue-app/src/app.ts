import { createPrivacyClient, createPrivacyPlugin } from '@mp-privacy/vue'
import { taroLifecycle } from '@mp-privacy/vue/taro'
import { createApp } from 'vue'

// H3: one client for the app, created when the app's script runs, on the native `wx`.
const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })

// Taro's public page hooks (useDidShow, useDidHide, useUnload) move the prompt with the user between pages.
const App = createApp({})
App.use(createPrivacyPlugin({ client, lifecycle: taroLifecycle }))

export default App
