import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // The catalog is plain data: bundled from core's source (no build of core needed), so the Taro and Vite
  // plugins load with the package alone. The `mp-privacy` command bundles @mp-privacy/openapi the same way.
  noExternal: [/^@mp-privacy\/(core|openapi)/],
  esbuildOptions(options) {
    options.conditions = ['@mp-privacy/source', ...(options.conditions ?? [])]
  },
}

export default defineConfig([
  // ESM: the library, the build plugins and the commands share their chunks (package.json `bin` → dist/cli.js is
  // `mp-privacy-audit`, dist/mp-privacy.js is `mp-privacy`, shebang kept).
  {
    ...shared,
    entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts', 'src/cli.ts', 'src/mp-privacy.ts'],
    format: ['esm'],
    dts: { entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'] },
  },
  // CommonJS (Taro loads plugins with require): the library and the plugins only — a CommonJS copy of each
  // command would bundle the whole audit once more.
  {
    ...shared,
    entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'],
    format: ['cjs'],
    splitting: true,
    dts: { entry: ['src/index.ts', 'src/taro.ts', 'src/vite.ts'] },
  },
])
