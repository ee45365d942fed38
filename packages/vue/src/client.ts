import { getDefaultClient, type PrivacyClient } from '@mp-privacy/core'
import { hasInjectionContext, type InjectionKey, inject, type Plugin, provide } from 'vue'
import { lifecycleKey, type PageLifecycle } from './pageLifecycle'

// A registered symbol: should an app end up with two copies of this module (an ESM and a CJS build), both find
// the same client.
const key: InjectionKey<PrivacyClient> = Symbol.for('@mp-privacy/vue:client')

/**
 * Options of `createPrivacyPlugin`.
 *
 * @example
 * ```ts
 * const options: PrivacyPluginOptions = { client: createPrivacyClient({ agreeButtonId: 'agree-btn' }), lifecycle: uniLifecycle }
 * ```
 */
export interface PrivacyPluginOptions {
  /** The app's client. Default: `getDefaultClient()` from `@mp-privacy/core` (the native `wx`). */
  client?: PrivacyClient
  /**
   * Required: the framework's public page hooks, which move the prompt with the user between pages and re-read
   * scopes when a page shows — `uniLifecycle` from `@mp-privacy/vue/uni` or `taroLifecycle` from
   * `@mp-privacy/vue/taro`; `null` where pages neither show nor hide (plain Vue, tests): mount and unmount only.
   */
  lifecycle: PageLifecycle | null
}

/**
 * The Vue plugin that shares one privacy client and the framework's page hooks with every page. Install it in
 * `main.ts`; without it (or without `client`) the composables use `getDefaultClient()`. Throws a `TypeError`
 * without `lifecycle`.
 *
 * @example
 * ```ts
 * // src/main.ts (uni-app)
 * import { createSSRApp } from 'vue'
 * import { createPrivacyClient } from '@mp-privacy/core'
 * import { createPrivacyPlugin } from '@mp-privacy/vue'
 * import { uniLifecycle } from '@mp-privacy/vue/uni'
 * import App from './App.vue'
 *
 * const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * export function createApp() {
 *   const app = createSSRApp(App)
 *   app.use(createPrivacyPlugin({ client, lifecycle: uniLifecycle }))
 *   return { app }
 * }
 * ```
 */
export function createPrivacyPlugin(options: PrivacyPluginOptions): Plugin {
  if (options?.lifecycle === undefined) {
    throw new TypeError(
      "createPrivacyPlugin(): pass lifecycle — uniLifecycle from '@mp-privacy/vue/uni', taroLifecycle from '@mp-privacy/vue/taro', or null in plain Vue (mount and unmount only).",
    )
  }
  return {
    install(app) {
      if (options.client) app.provide(key, options.client)
      if (options.lifecycle) app.provide(lifecycleKey, options.lifecycle)
    },
  }
}

/**
 * Provides `client` to the calling component and its descendants (call it in `setup`). Under uni-app,
 * pages are not descendants of `App.vue`: share an app-wide client with `createPrivacyPlugin` instead.
 *
 * @example
 * ```ts
 * // in a component's setup()
 * providePrivacyClient(createPrivacyClient({ host: sim.wx }))
 * ```
 */
export function providePrivacyClient(client: PrivacyClient): void {
  provide(key, client)
}

/**
 * The client provided by `createPrivacyPlugin` or `providePrivacyClient`, or `getDefaultClient()` when
 * none was.
 *
 * @example
 * ```ts
 * // in setup()
 * const client = usePrivacyClient()
 * const locate = () => client.ensureScope('scope.userLocation')
 * ```
 */
export function usePrivacyClient(): PrivacyClient {
  return (hasInjectionContext() && inject(key, null)) || getDefaultClient()
}
