import uni from '@dcloudio/vite-plugin-uni'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [uni()],
  resolve: {
    // Workspace packages (@mp-privacy/core, @mp-privacy/vue) resolve to their `src`, no build needed.
    // In Vite 5 `conditions` is added to Vite's defaults (import, module, browser, default,
    // production/development) rather than replacing them, so nothing else is needed here.
    conditions: ['@mp-privacy/source'],
  },
})
