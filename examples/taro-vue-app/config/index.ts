import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { IMiniAppConfig } from '@tarojs/taro/types/compile'

type Chain = Parameters<NonNullable<IMiniAppConfig['webpackChain']>>[0]

/**
 * Lets webpack build `@mp-privacy/*` from `src` (the `@mp-privacy/source` export condition) and lets those
 * packages see this app's dependencies: pnpm's isolated node_modules hide them from `packages/*`. One Taro in
 * the bundle, this app's 4.2.0 (packages/vue has its own dev copy).
 */
function resolveWorkspaceSources(chain: Chain) {
  const conditions: string[] = chain.resolve.get('conditionNames') ?? ['...']
  chain.resolve.set('conditionNames', ['@mp-privacy/source', ...conditions])
  chain.resolve.modules.add('node_modules').add(path.resolve(__dirname, '..', 'node_modules'))
  chain.resolve.alias.set('@tarojs/taro', path.resolve(__dirname, '..', 'node_modules', '@tarojs', 'taro'))
  chain.resolve.alias.set('vue', path.resolve(__dirname, '..', 'node_modules', 'vue'))
}

/** The workspace packages' sources (TypeScript, SFCs), compiled like `src/`. */
const workspaceSources = (file: string) =>
  file.startsWith(path.resolve(__dirname, '..', '..', '..', 'packages') + path.sep) &&
  !file.includes(`${path.sep}node_modules${path.sep}`)

const config: UserConfigExport<'webpack5'> = {
  projectName: 'mp-privacy-taro-vue-app',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  defineConstants: {},
  copy: { patterns: [], options: {} },
  framework: 'vue3',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {
    compile: { include: [workspaceSources] },
    postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
    webpackChain: resolveWorkspaceSources,
  },
}

export default defineConfig<'webpack5'>(config)
