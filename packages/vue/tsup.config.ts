import { defineConfig } from 'tsup'

// The composables entry and the per-framework page-hook entries (`./uni`, `./taro`); the .vue components ship
// as source (uni-app compiles templates itself). Each framework is imported only by its own entry.
export default defineConfig({
  entry: ['src/index.ts', 'src/uni.ts', 'src/taro.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2018',
  external: ['vue', '@mp-privacy/core', '@dcloudio/uni-app', '@tarojs/taro'],
})
