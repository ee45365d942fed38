import { getCurrentInstance, inject, onScopeDispose } from 'vue'

/**
 * The page events the prompt and scope composables follow.
 *
 * @example
 * ```ts
 * const events: PageEvent[] = ['onShow', 'onHide', 'onUnload']
 * ```
 */
export type PageEvent = 'onShow' | 'onHide' | 'onUnload'

type Hooks = Record<string, unknown>
interface Instance {
  readonly parent: Instance | null
  readonly root: Instance
  readonly props: Hooks
  readonly ctx: Hooks
  readonly proxy: { readonly $options: Hooks } | null
  readonly $pageInstance?: Instance
}

/**
 * Where the runtime keeps the page hooks of the page that hosts `instance`, or `null` outside a page.
 * - uni-app (mp and H5): arrays on the page's internal instance (`page.onShow = [fn]`), run by
 *   `$callHook`/`invokeHook`. This is what `onShow` from `@dcloudio/uni-app` fills (its `injectHook` moves
 *   page hooks of components to the page: `instance.root` in mini programs, `$pageInstance` on H5).
 * - Taro Vue 3: `$options.onShow` (a function or an array) of the page component, which Taro renders with
 *   the prop `tid` under a provider of `'id'` (both the page's `$taroPath`), run by `@tarojs/runtime`.
 *   This is what Taro's own `useDidShow` fills.
 * Importing either framework would break the other's build, hence this structural detection.
 */
function pageHooks(instance: Instance): Hooks | null {
  const page = instance.$pageInstance ?? instance.root
  if (instance.$pageInstance || typeof page.ctx.$callHook === 'function') return page as unknown as Hooks
  const id = inject<unknown>('id', null)
  for (let current: Instance | null = instance; id !== null && current; current = current.parent) {
    if (current.props.tid === id) return current.proxy?.$options ?? null
  }
  return null
}

/**
 * Runs `handlers` on the show, hide and unload events of the page that hosts the calling component —
 * under uni-app and Taro Vue 3, detected at run time, with no wiring by the app — until the component's
 * scope ends. Elsewhere (plain Vue, tests) it does nothing: mount and unmount are all there is.
 *
 * @example
 * ```ts
 * // inside setup()
 * onPageEvents({ onShow: () => owner.show(), onHide: () => owner.hide(), onUnload: () => owner.dispose() })
 * ```
 */
export function onPageEvents(handlers: Partial<Record<PageEvent, () => void>>): void {
  const instance = getCurrentInstance() as unknown as Instance | null
  const hooks = instance && pageHooks(instance)
  if (!hooks) return
  for (const [event, handler] of Object.entries(handlers)) {
    const hook = () => handler()
    const existing = hooks[event]
    hooks[event] = Array.isArray(existing)
      ? [...existing, hook]
      : existing === undefined
        ? [hook]
        : [existing, hook]
    onScopeDispose(() => {
      const list = hooks[event]
      if (Array.isArray(list)) hooks[event] = list.filter((other) => other !== hook)
    })
  }
}
