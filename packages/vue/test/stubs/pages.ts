// A stand-in of a mini-program page and of the frameworks' public page hooks (uni-app's `onShow`/`onHide`/
// `onUnload`, Taro's `useDidShow`/`useDidHide`/`useUnload`), what apps pass as `createPrivacyPlugin({ lifecycle })`:
// `stubLifecycle` registers a hook with the page that hosts the calling component, and the page keeps it until
// it unloads, as both frameworks do.
import { defineComponent, type InjectionKey, inject, provide, type SetupContext } from 'vue'
import type { PageEvent, PageLifecycle } from '../../src'

/** A page a test shows, hides and unloads the way its runtime does. */
export interface TestPage {
  /** Renders its default slot as the page's content. */
  readonly Page: ReturnType<typeof defineComponent>
  show(): void
  hide(): void
  unload(): void
}

type PageHooks = Partial<Record<PageEvent, Array<() => void>>>
const pageHooksKey: InjectionKey<PageHooks> = Symbol('the hosting page')

/** Every hook registered through it, in order (`[event, hook]`). */
export const registered: Array<[PageEvent, () => void]> = []

/** A stand-in of a framework's public page hooks (`createPrivacyPlugin({ lifecycle: stubLifecycle })`). */
export const stubLifecycle: PageLifecycle = {
  onShow: (hook) => addHook('onShow', hook),
  onHide: (hook) => addHook('onHide', hook),
  onUnload: (hook) => addHook('onUnload', hook),
}
function addHook(event: PageEvent, hook: () => void) {
  registered.push([event, hook])
  const hooks = inject(pageHooksKey, null)
  if (hooks) hooks[event] = [...(hooks[event] ?? []), hook]
}

/** A page: the components inside it register their page hooks with it. */
export function createPage(): TestPage {
  const hooks: PageHooks = {}
  const Page = defineComponent((_, { slots }: SetupContext) => {
    provide(pageHooksKey, hooks)
    return () => slots.default?.()
  })
  const emit = (event: PageEvent) => {
    for (const hook of [...(hooks[event] ?? [])]) hook()
  }
  return { Page, show: () => emit('onShow'), hide: () => emit('onHide'), unload: () => emit('onUnload') }
}
