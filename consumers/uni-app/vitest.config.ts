import { defineConfig } from 'vitest/config'

// Tests run on the compiled output (dist/build/mp-weixin) with the installed @mp-privacy/simulator/harness.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'jsdom', testTimeout: 20000 },
})
