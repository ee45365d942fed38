import { hasInjectionContext, type InjectionKey, inject, onScopeDispose } from 'vue'

/**
 * The page events the prompt and scope composables follow.
 *
 * @example
 * ```ts
 * const events: PageEvent[] = ['onShow', 'onHide', 'onUnload']
 * ```
 */
export type PageEvent = 'onShow' | 'onHide' | 'onUnload'

/**
 * A framework's public page hooks, each called in a component's `setup()` and run on the show, hide and unload
 * of the page that hosts the component. Pass one to `createPrivacyPlugin({ lifecycle })`: `uniLifecycle` from
 * `@mp-privacy/vue/uni` (`onShow`/`onHide`/`onUnload` of `@dcloudio/uni-app`) or `taroLifecycle` from
 * `@mp-privacy/vue/taro` (`useDidShow`/`useDidHide`/`useUnload` of `@tarojs/taro`).
 *
 * @example
 * ```ts
 * import { onHide, onShow, onUnload } from '@dcloudio/uni-app'
 * const lifecycle: PageLifecycle = { onShow: (hook) => onShow(hook), onHide: (hook) => onHide(hook), onUnload: (hook) => onUnload(hook) }
 * ```
 */
export type PageLifecycle = Record<PageEvent, (hook: () => void) => void>

// A registered symbol, like the client's: two copies of this module (an ESM and a CJS build) share it.
export const lifecycleKey: InjectionKey<PageLifecycle> = Symbol.for('@mp-privacy/vue:lifecycle')

/**
 * Runs `handlers` on the show, hide and unload events of the page that hosts the calling component, until the
 * component's scope ends: through the framework's public hooks given to `createPrivacyPlugin({ lifecycle })`.
 * With `lifecycle: null` or without the plugin (plain Vue, tests) it does nothing: mount and unmount are all
 * there is.
 *
 * @example
 * ```ts
 * // inside setup()
 * onPageEvents({ onShow: () => owner.show(), onHide: () => owner.hide(), onUnload: () => owner.dispose() })
 * ```
 */
export function onPageEvents(handlers: Partial<Record<PageEvent, () => void>>): void {
  const lifecycle = hasInjectionContext() ? inject(lifecycleKey, null) : null
  if (!lifecycle) return
  // The frameworks keep a component's page hooks on the page until it unloads: stop at the scope's end.
  let active = true
  onScopeDispose(() => {
    active = false
  })
  for (const [event, handler] of Object.entries(handlers) as [PageEvent, () => void][]) {
    lifecycle[event](() => {
      if (active) handler()
    })
  }
}
