// Stand-ins of the two runtimes' page-hook mechanisms, as small as their real code paths:
// - uni-app (mini program): the page is the root Vue instance of its own app; hooks are arrays on it,
//   run by `$callHook(name)` (uni-mp-core: `const hooks = this.$[name]; hooks && invokeArrayFns(hooks)`).
// - uni-app (H5): every instance has `$pageInstance`, the page's instance, holding the same arrays.
// - Taro Vue 3: a provider of 'id' wraps the page component rendered with prop `tid` (both the page's
//   `$taroPath`); @tarojs/runtime's `safeExecute` runs `$options[name]`, a function or an array.
// - The frameworks' public page hooks (uni-app's `onShow`, Taro's `useDidShow`…), what apps pass as
//   `createPrivacyPlugin({ lifecycle })`: `stubLifecycle` registers a hook with the page that hosts the calling
//   component; the page keeps it until it unloads, as both frameworks do.
import {
  type ComponentInternalInstance,
  defineComponent,
  getCurrentInstance,
  h,
  type InjectionKey,
  inject,
  provide,
  type SetupContext,
} from 'vue'
import type { PageLifecycle } from '../../src'

type Hook = 'onShow' | 'onHide' | 'onUnload'

/** A page a test shows, hides and unloads the way its runtime does. */
export interface TestPage {
  /** Renders its default slot as the page's content. */
  readonly Page: ReturnType<typeof defineComponent>
  show(): void
  hide(): void
  unload(): void
  /**
   * Call first in the setup of a component inside the page: does what the runtime does when it creates an
   * instance (uni-app H5 sets `$pageInstance` then; the other runtimes need nothing).
   */
  adopt(): void
}

type Hooks = Record<string, unknown>
/** The instance's `ctx`, where uni's runtime puts `$callHook` (internal in Vue's types). */
const ctx = (instance: ComponentInternalInstance) => (instance as unknown as { ctx: Hooks }).ctx

function invoke(hooks: Hooks | undefined, name: Hook) {
  const value = hooks?.[name]
  for (const hook of Array.isArray(value) ? [...value] : typeof value === 'function' ? [value] : []) {
    ;(hook as () => void)()
  }
}

type PublicHooks = Partial<Record<Hook, Array<() => void>>>
const publicHooksKey: InjectionKey<PublicHooks> = Symbol('the hosting page')

/** A stand-in of a framework's public page hooks (`createPrivacyPlugin({ lifecycle: stubLifecycle })`). */
export const stubLifecycle: PageLifecycle = {
  onShow: (hook) => addPublicHook('onShow', hook),
  onHide: (hook) => addPublicHook('onHide', hook),
  onUnload: (hook) => addPublicHook('onUnload', hook),
}
function addPublicHook(name: Hook, hook: () => void) {
  const hooks = inject(publicHooksKey, null)
  if (hooks) hooks[name] = [...(hooks[name] ?? []), hook]
}

function page(
  run: (name: Hook) => void,
  Page: TestPage['Page'],
  adopt = () => {},
  hooks: PublicHooks = {},
): TestPage {
  const emit = (name: Hook) => {
    run(name)
    invoke(hooks, name)
  }
  return {
    Page,
    show: () => emit('onShow'),
    hide: () => emit('onHide'),
    unload: () => emit('onUnload'),
    adopt,
  }
}

/** Hooks the page registers itself (`onShow` of `@dcloudio/uni-app`, or a Taro page's `onShow` option). */
export type OwnHooks = Partial<Record<Hook, () => void>>

/** uni-app mini program: render `Page` as the root of its own app (each page is one there). */
export function createUniPage(own: OwnHooks = {}): TestPage {
  let root: ComponentInternalInstance | null = null
  const hooks: PublicHooks = {}
  const Page = defineComponent((_, { slots }: SetupContext) => {
    provide(publicHooksKey, hooks)
    root = getCurrentInstance()!.root
    ctx(root).$callHook = (name: Hook) => invoke(root as unknown as Hooks, name)
    // What uni's `injectHook` leaves on the page instance for the page's own `onShow(() => …)`.
    for (const [name, hook] of Object.entries(own)) Object.assign(root, { [name]: [hook] })
    return () => slots.default?.()
  })
  return page((name) => (ctx(root!).$callHook as (name: Hook) => void)(name), Page, undefined, hooks)
}

/** uni-app H5: the page's own instance is `$pageInstance` (set by uni's runtime on every instance). */
export function createUniH5Page(): TestPage {
  let self: ComponentInternalInstance | null = null
  const hooks: PublicHooks = {}
  const Page = defineComponent((_, { slots }: SetupContext) => {
    provide(publicHooksKey, hooks)
    self = getCurrentInstance()!
    Object.assign(self, { $pageInstance: self })
    return () => slots.default?.()
  })
  const adopt = () => void Object.assign(getCurrentInstance()!, { $pageInstance: self })
  return page((name) => invoke(self as unknown as Hooks, name), Page, adopt, hooks)
}

let taroSeq = 0

/** Taro Vue 3: `createVue3Page`'s provider + page component; each page gets its own component object. */
export function createTaroPage(own: OwnHooks = {}): TestPage {
  const id = `/pages/test${++taroSeq}/index?$taroTimestamp=${taroSeq}`
  let options: Hooks | undefined
  const PageComponent = defineComponent({
    ...own,
    props: { tid: String },
    setup(_, { slots }) {
      options = getCurrentInstance()!.proxy!.$options as Hooks
      return () => slots.default?.()
    },
  })
  const hooks: PublicHooks = {}
  const Page = defineComponent((_, { slots }: SetupContext) => {
    provide('id', id)
    provide(publicHooksKey, hooks)
    return () => h('root', { id }, [h(PageComponent, { tid: id }, slots)])
  })
  return page((name) => invoke(options, name), Page, undefined, hooks)
}
