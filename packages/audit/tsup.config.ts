import { defineConfig } from 'tsup'

export default defineConfig({
  // cli.ts is the `mp-privacy-audit` command, mp-privacy.ts the `mp-privacy` command (package.json `bin` →
  // dist/cli.js, dist/mp-privacy.js, shebang kept).
  entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts', 'src/cli.ts', 'src/mp-privacy.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'] },
  clean: true,
  target: 'node20',
  platform: 'node',
  // The catalog is plain data: bundled from core's source (no build of core needed), so the Taro and Vite
  // plugins load with the package alone. The `mp-privacy` command bundles @mp-privacy/openapi the same way.
  noExternal: [/^@mp-privacy\/(core|openapi)/],
  esbuildOptions(options) {
    options.conditions = ['@mp-privacy/source', ...(options.conditions ?? [])]
  },
})
