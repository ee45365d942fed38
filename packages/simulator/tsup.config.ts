import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/harness.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2018',
  // The harness resolves miniprogram-simulate from its own location (`import.meta.url`), also in the CJS build.
  shims: true,
})
