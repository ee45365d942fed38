import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/harness.ts', 'src/taro.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Node-only package: ES2020 keeps `import.meta` in the ESM build.
  target: 'es2020',
  // The harness resolves miniprogram-simulate from its own location. The CJS build gets the real file URL from
  // `__filename` (tsup's `shims` would read `document.currentScript` under jsdom, and no shim leaves it empty).
  esbuildOptions(options, { format }) {
    if (format === 'cjs') {
      options.banner = { js: 'const __moduleUrl = require("node:url").pathToFileURL(__filename).href;' }
      options.define = { ...options.define, 'import.meta.url': '__moduleUrl' }
    }
  },
})
