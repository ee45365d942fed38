import type { PrivacyClient, PrivacyState } from '@mp-privacy/core'
import { pageSubscription } from '@mp-privacy/core/ui'
import { onScopeDispose, type Ref, shallowReadonly, shallowRef, watchSyncEffect } from 'vue'
import { onPageEvents } from './pageLifecycle'

/**
 * Subscribes to the client's store and updates the returned ref only when `select`'s result changes
 * (`Object.is`), so a component reading one slice is not re-rendered by changes to another. Refs read by
 * `select` are tracked too (e.g. a scope given as a getter). The subscription ends with the caller's scope.
 * While its page is hidden the ref does not change; it catches up when the page shows (core's pageSubscription).
 *
 * @example
 * ```ts
 * const pendingCount = useClientState(client, (state) => state.pending.length) // Readonly<Ref<number>>
 * ```
 */
export function useClientState<T>(
  client: PrivacyClient,
  select: (state: PrivacyState) => T,
): Readonly<Ref<T>> {
  const value = shallowRef() as Ref<T>
  // A shallowRef triggers only when the value changes (Object.is), like useSyncExternalStore.
  const page = pageSubscription(client.store)
  const update = () => {
    value.value = select(page.getState())
  }
  watchSyncEffect(update)
  onPageEvents({ onShow: page.show, onHide: page.hide })
  onScopeDispose(page.subscribe(update))
  return shallowReadonly(value)
}
