import { defineConfig } from 'vitest/config'

// Harness tests on the compiled output (dist), the READMEs' test recipes as written, and the entry points. No
// alias: the installed packages as npm put them in node_modules. The harness examples of the simulator README
// and of the docs describe another app: they are type-checked, not run.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'src/readme/simulator/test/**', 'src/readme/docs-*/test/**'],
    environment: 'jsdom',
    testTimeout: 20000,
  },
})
