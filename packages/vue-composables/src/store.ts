import type { PrivacyClient, PrivacyState } from '@mp-privacy/core'
import { onScopeDispose, type Ref, shallowReadonly, shallowRef, watchSyncEffect } from 'vue'

/**
 * Subscribes to the client's store and updates the returned ref only when `select`'s result changes
 * (`Object.is`), so a component reading one slice is not re-rendered by changes to another. Refs read by
 * `select` are tracked too (e.g. a scope given as a getter). The subscription ends with the caller's scope.
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
  const update = () => {
    value.value = select(client.store.getState())
  }
  watchSyncEffect(update)
  onScopeDispose(client.store.subscribe(update))
  return shallowReadonly(value)
}
