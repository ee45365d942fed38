import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { IMiniAppConfig } from '@tarojs/taro/types/compile'

/** Workspace packages export their TypeScript sources under this condition (see packages/*\/package.json). */
const sourceCondition = '@mp-privacy/source'

type Chain = Parameters<NonNullable<IMiniAppConfig['webpackChain']>>[0]

/**
 * Lets webpack build `@mp-privacy/*` from `src` and lets those packages see the app's dependencies.
 * pnpm's isolated node_modules hide `@tarojs/components`' alias target from packages outside this folder,
 * so the app's own node_modules joins the lookup path (keeping the relative `node_modules` first, which
 * `react-reconciler` needs).
 */
function resolveWorkspaceSources(chain: Chain) {
  // '...' keeps webpack's default conditions (webpack, mode, browser).
  const conditions: string[] = chain.resolve.get('conditionNames') ?? ['...']
  chain.resolve.set('conditionNames', [sourceCondition, ...conditions])
  chain.resolve.modules.add('node_modules').add(path.resolve(__dirname, '..', 'node_modules'))
  // packages/react has its own dev copy of @tarojs/taro (other peers): one Taro in the bundle, the app's.
  // The H5 platform plugin aliases @tarojs/taro to its API library itself.
  if (!chain.resolve.alias.has('@tarojs/taro')) {
    chain.resolve.alias.set('@tarojs/taro', path.resolve(__dirname, '..', 'node_modules', '@tarojs', 'taro'))
  }
}

/** The workspace packages' TypeScript sources, compiled with the app's Babel config like `src/`. */
const workspaceSources = (file: string) =>
  file.startsWith(path.resolve(__dirname, '..', '..', '..', 'packages') + path.sep) &&
  !file.includes(`${path.sep}node_modules${path.sep}`)

const config: UserConfigExport<'webpack5'> = {
  projectName: 'mp-privacy-taro-app',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  // dist/ stays the WeChat DevTools project; every other platform builds to its own folder (dist-h5, dist-tt,
  // dist-alipay), so one platform's build never empties another's output.
  // MP_PRIVACY_OUTPUT_ROOT: the development build the audit's tests compare with the production one (dist-dev).
  outputRoot:
    process.env.MP_PRIVACY_OUTPUT_ROOT ??
    (!process.env.TARO_ENV || process.env.TARO_ENV === 'weapp' ? 'dist' : `dist-${process.env.TARO_ENV}`),
  // @mp-privacy/audit/taro audits dist/ against privacy.json after each weapp build: warnings with --watch, a
  // failed production build on errors. @mp-privacy/core/taro-plugin binds the agree button's event as Alipay
  // writes it (onAgreePrivacyAuthorization, H39); other platforms are left alone.
  plugins: ['@mp-privacy/audit/taro', '@mp-privacy/core/taro-plugin'],
  defineConstants: {},
  copy: { patterns: [], options: {} },
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {
    compile: { include: [workspaceSources] },
    postcss: {
      pxtransform: { enable: true, config: {} },
      cssModules: { enable: false },
    },
    webpackChain: resolveWorkspaceSources,
  },
  h5: {
    compile: { include: [workspaceSources] },
    // Relative, so the demo also runs from a sub-folder (the docs site serves it under /demo/).
    publicPath: './',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    postcss: {
      autoprefixer: { enable: true, config: {} },
      cssModules: { enable: false },
    },
    webpackChain: resolveWorkspaceSources,
  },
}

export default defineConfig<'webpack5'>(config)
