import { defineConfig } from 'tsup'

// The composables entry only: the .vue components ship as source (uni-app compiles templates itself).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2018',
})
