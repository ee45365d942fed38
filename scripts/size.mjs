// Size budgets: bundles an entry point the way an app's bundler would (ESM, minified, tree-shaken)
// and reports min and min+gzip bytes. Used by the size tests and by `pnpm size`.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** @type {import('./size.d.mts').measure} */
export async function measure(entry, external = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    conditions: ['@mp-privacy/source'],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength }
}

/** Every budgeted entry point: [label, entry, externals, budget in gzip bytes]. */
export const budgets = [
  [
    '@mp-privacy/core (without zustand, immer)',
    'packages/core/src/index.ts',
    ['zustand', 'zustand/*', 'immer'],
    // A guard, not a goal: 3652 B measured once the client is split into files a reader can find (client,
    // scopeSettings, hostCall: +100 B of property names between them). Users pay what the consumer
    // build measures (root README, `pnpm test:consumer`). +768 B for Douyin and Alipay (the platform table,
    // host detection, scope names and errors at the host edge: 3725 → 4507 B measured). +100 B for a scope the
    // platform lacks ('scope-unsupported', state.platform) and one agree per tap (H39): 4607 B measured; 4597 B once
    // the development warnings are written so that terser drops them too.
    4736,
  ],
  ['@mp-privacy/core (with zustand, immer)', 'packages/core/src/index.ts', [], 8192],
  ['@mp-privacy/core/catalog', 'packages/core/src/catalog.ts', [], 3072],
  [
    '@mp-privacy/core/ui (without the main entry)',
    'packages/core/src/ui.ts',
    ['zustand', 'zustand/*', 'immer'],
    1024,
  ],
  // Runs in Node while Taro builds, never in the app: the budget keeps the client out of it (529 B measured:
  // the platform table it reads the Alipay agree attribute from).
  ['@mp-privacy/core/taro-plugin', 'packages/core/src/taro-plugin.ts', [], 768],
  [
    '@mp-privacy/react (without core, react, taro)',
    'packages/react/src/index.ts',
    ['react', 'react/*', 'react-dom', '@tarojs/*', '@mp-privacy/core', '@mp-privacy/core/*'],
    // A guard against accidental growth (core, React or Taro bundled in), not a goal: 1758 B measured with each
    // module importing React, Taro and core where it uses them (a re-export barrel saved 116 B here
    // and nothing in an app). What users pay is the consumer build (root README, `pnpm test:consumer`).
    2048,
  ],
  [
    '@mp-privacy/vue (without core, vue)',
    'packages/vue/src/index.ts',
    ['vue', '@mp-privacy/core', '@mp-privacy/core/*'],
    1536,
  ],
  ['@mp-privacy/vue/uni (without uni-app)', 'packages/vue/src/uni.ts', ['@dcloudio/uni-app'], 256],
  ['@mp-privacy/vue/taro (without Taro)', 'packages/vue/src/taro.ts', ['@tarojs/taro'], 256],
  // Server-side, no dependencies: mostly the errcode table's meanings and fixes in two languages (5147 B measured).
  ['@mp-privacy/openapi', 'packages/openapi/src/index.ts', [], 6144],
]

if (import.meta.url === `file://${process.argv[1]}`) {
  const { existsSync } = await import('node:fs')
  for (const [label, entry, external, budget] of budgets) {
    if (!existsSync(entry)) continue
    const { min, gzip } = await measure(entry, external)
    console.log(`${label}: ${min} B min, ${gzip} B min+gzip${budget ? ` (budget ${budget} B)` : ''}`)
  }
}
