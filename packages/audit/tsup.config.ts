import { defineConfig } from 'tsup'

export default defineConfig({
  // cli.ts is the `mp-privacy-audit` command (package.json `bin` → dist/cli.js, shebang kept).
  entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'] },
  clean: true,
  target: 'node20',
  platform: 'node',
  // The catalog is plain data: bundling it lets the Taro and Vite plugins load without a build of core.
  noExternal: [/^@mp-privacy\/core/],
})
