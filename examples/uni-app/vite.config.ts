import uni from '@dcloudio/vite-plugin-uni'
import mpPrivacyAudit from '@mp-privacy/audit/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  // Audits dist/build/mp-weixin against privacy.json after each build: warnings in `uni -p mp-weixin`,
  // a failed `uni build` on errors.
  plugins: [uni(), mpPrivacyAudit()],
  resolve: {
    // Workspace packages (@mp-privacy/core, @mp-privacy/vue) resolve to their `src`, no build needed.
    // In Vite 5 `conditions` is added to Vite's defaults (import, module, browser, default,
    // production/development) rather than replacing them, so nothing else is needed here.
    conditions: ['@mp-privacy/source'],
  },
})
