// Test double of `@tarojs/taro` (aliased in vitest.config.ts): only the page lifecycle hooks, bound to the
// page they are rendered in, like Taro's own (latest callback wins; registered in a layout effect).
import { createContext, type ReactNode, useContext, useLayoutEffect, useRef } from 'react'

type Lifecycle = 'show' | 'hide' | 'unload'
type Listeners = Map<Lifecycle, Set<() => void>>

/** A Taro page whose lifecycles a test fires; render its content inside `<TaroPage page={…}>`. */
export interface TestPage {
  readonly listeners: Listeners
  show(): void
  hide(): void
  unload(): void
}

const PageContext = createContext<Listeners | null>(null)

export function createPage(): TestPage {
  const listeners: Listeners = new Map((['show', 'hide', 'unload'] as const).map((name) => [name, new Set()]))
  const fire = (name: Lifecycle) => {
    for (const listener of [...(listeners.get(name) ?? [])]) listener()
  }
  return { listeners, show: () => fire('show'), hide: () => fire('hide'), unload: () => fire('unload') }
}

export function TaroPage({ page, children }: { page: TestPage; children?: ReactNode }) {
  return <PageContext.Provider value={page.listeners}>{children}</PageContext.Provider>
}

function useLifecycle(name: Lifecycle, callback: () => void) {
  const page = useContext(PageContext)
  const latest = useRef(callback)
  latest.current = callback
  useLayoutEffect(() => {
    const listener = () => latest.current()
    page?.get(name)?.add(listener)
    return () => void page?.get(name)?.delete(listener)
  }, [page, name])
}

export const useDidShow = (callback: () => void) => useLifecycle('show', callback)
export const useDidHide = (callback: () => void) => useLifecycle('hide', callback)
export const useUnload = (callback: () => void) => useLifecycle('unload', callback)

export default { useDidShow, useDidHide, useUnload }
