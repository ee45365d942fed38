import type { PrivacyClient, PrivacyState } from '@mp-privacy/core'
import { pageSubscription } from '@mp-privacy/core/ui'
import Taro from '@tarojs/taro'
import { useMemo, useSyncExternalStore } from 'react'

/**
 * A selector that calls `build` only when one of `deps` changed (`!==`), so its result keeps its identity
 * otherwise and `useSyncExternalStore` skips the render.
 *
 * @example
 * ```ts
 * const select = memoSelector((state) => [state.pending], (pending) => ({ count: pending.length }))
 * ```
 */
export function memoSelector<D extends unknown[], T>(
  deps: (state: PrivacyState) => [...D],
  build: (...deps: D) => T,
): (state: PrivacyState) => T {
  let last: D | undefined
  let value: T
  return (state) => {
    const next = deps(state)
    if (!last || next.some((dep, index) => dep !== last?.[index])) {
      last = next
      value = build(...next)
    }
    return value
  }
}

/**
 * Subscribes to the client's store; re-renders only when `select`'s result changes. `select` runs once per
 * state, so a selector may build an object without looping (it then re-renders on every state change).
 * While the page is hidden it does not re-render; it catches up when the page shows (core's pageSubscription).
 *
 * @example
 * ```ts
 * const pendingCount = useClientState(client, (state) => state.pending.length) // number
 * ```
 */
export function useClientState<T>(client: PrivacyClient, select: (state: PrivacyState) => T): T {
  const page = useMemo(() => pageSubscription(client.store), [client])
  Taro.useDidHide(page.hide)
  Taro.useDidShow(page.show)
  const getSnapshot = useMemo(() => {
    const selectOnce = memoSelector((state) => [state], select)
    return () => selectOnce(page.getState())
  }, [page, select])
  return useSyncExternalStore(page.subscribe, getSnapshot, getSnapshot)
}
