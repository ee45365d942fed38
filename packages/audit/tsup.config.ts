import { defineConfig } from 'tsup'

export default defineConfig({
  // cli.ts is the `mp-privacy-audit` command (package.json `bin` → dist/cli.js, shebang kept).
  entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'] },
  clean: true,
  target: 'node20',
  platform: 'node',
  // The catalog is plain data: bundled from core's source (no build of core needed), so the Taro and Vite
  // plugins load with the package alone.
  noExternal: [/^@mp-privacy\/core/],
  esbuildOptions(options) {
    options.conditions = ['@mp-privacy/source', ...(options.conditions ?? [])]
  },
})
