import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/catalog.ts', 'src/ui.ts', 'src/taro-plugin.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2018',
})
