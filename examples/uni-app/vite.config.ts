import uniModule from '@dcloudio/vite-plugin-uni'
import { defineConfig } from 'vite'

// The plugin is CommonJS with `exports.default`; loaded from an ES module config, Node hands us
// the whole `exports` object, so unwrap it.
const uni = (uniModule as unknown as { default?: typeof uniModule }).default ?? uniModule

export default defineConfig({
  plugins: [uni()],
  resolve: {
    // Workspace packages (@mp-privacy/core, @mp-privacy/vue) resolve to their `src`, no build needed.
    // In Vite 5 `conditions` is added to Vite's defaults (import, module, browser, default,
    // production/development) rather than replacing them, so nothing else is needed here.
    conditions: ['@mp-privacy/source'],
  },
})
