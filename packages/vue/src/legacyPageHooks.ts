import { getCurrentInstance, inject, onScopeDispose } from 'vue'
import type { PageEvent } from './pageLifecycle'

declare const process: { env: { NODE_ENV?: string } }

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
 * The main entry imports neither framework (that would break the other's build); the per-framework entries
 * `@mp-privacy/vue/uni` and `@mp-privacy/vue/taro` do, and replace this detection.
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

let warned = false

/**
 * Deprecated: what `onPageEvents` does for apps that pass no `lifecycle` to `createPrivacyPlugin` (before
 * the `lifecycle` option this was the only way). It reads and writes undocumented internals of uni-app and
 * Taro Vue 3, which a release of either can move without notice; development builds say how to switch to the
 * public hooks.
 *
 * @example
 * ```ts
 * // inside setup(), when no lifecycle was provided
 * legacyPageHooks({ onShow: () => owner.show() })
 * ```
 */
export function legacyPageHooks(handlers: Partial<Record<PageEvent, () => void>>): void {
  const instance = getCurrentInstance() as unknown as Instance | null
  const hooks = instance && pageHooks(instance)
  if (!hooks) return
  if (!warned) {
    warned = true
    try {
      if (process.env.NODE_ENV !== 'production') {
        console.warn(
          "[mp-privacy] page show/hide found through uni-app's or Taro's internals, which a framework release may move. Pass the framework's public page hooks instead: createPrivacyPlugin({ client, lifecycle: uniLifecycle }) with uniLifecycle from '@mp-privacy/vue/uni' (taroLifecycle from '@mp-privacy/vue/taro' under Taro).",
        )
      }
    } catch {
      // No `process` at run time: not a build we can tell is a development one.
    }
  }
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
