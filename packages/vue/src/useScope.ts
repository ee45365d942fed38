import {
  type Scope,
  type ScopeStatus,
  type ScopesState,
  type ScopeValue,
  selectScopeStatus,
} from '@mp-privacy/core'
import { checkScopes } from '@mp-privacy/core/ui'
import { type MaybeRefOrGetter, onMounted, type Ref, toValue } from 'vue'
import { usePrivacyClient } from './client'
import { onPageEvents } from './pageLifecycle'
import { useClientState } from './useClientState'

/**
 * What `useScope(scope)` returns.
 *
 * @example
 * ```ts
 * const { status, request, openSettings, refresh }: UseScopeResult = useScope('scope.userLocation')
 * ```
 */
export interface UseScopeResult {
  /**
   * `'granted' | 'denied' | 'not-asked' | 'loading' | 'unsupported' | 'scope-unsupported' | 'error'` (core's
   * `ScopeStatus`; `'scope-unsupported'`: this platform lacks the scope, H33, H38).
   */
  readonly status: Readonly<Ref<ScopeStatus>>
  /**
   * Consent first, then `authorize` (core's `client.requestScope`): resolves `'granted'`, or `'denied'` when the user
   * denies the scope now or denied it before (H25: then offer `openSettings`). Rejects with a `PrivacyError`
   * for anything else (e.g. `DISAGREED` when the privacy guide was refused).
   */
  request(): Promise<ScopeValue>
  /**
   * Opens the Settings page; call it synchronously from a tap handler (H26) — under uni-app, on a node with
   * `data-eventsync="true"`, or uni-app runs the handler after a `setTimeout`, outside the tap. Re-reads the
   * settings after.
   */
  openSettings(): Promise<ScopesState>
  /** Re-reads the settings (`getSetting`); calls in the same tick share one host call. */
  refresh(): Promise<ScopesState>
}

/**
 * The status of one scope, with the actions a page needs. The `status` ref changes only when this scope's
 * status changes. Reads the settings on mount when nobody has yet, and again each time its page shows (the
 * user may have changed them from the ••• menu): one `getSetting` per page show however many composables
 * are mounted. `scope` may be a ref or a getter (e.g. a prop), where React's hook gets a new value per render.
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { useScope } from '@mp-privacy/vue'
 * const { status, request, openSettings } = useScope('scope.userLocation')
 * </script>
 *
 * <template>
 *   <!-- H26: openSettings is called directly by the tap; data-eventsync: uni-app runs it in the tap, not after -->
 *   <button v-if="status === 'denied'" data-eventsync="true" @tap="openSettings">去设置中开启定位</button>
 *   <button v-else-if="status !== 'granted'" @tap="request">使用我的位置</button>
 * </template>
 * ```
 */
export function useScope(scope: MaybeRefOrGetter<Scope>): UseScopeResult {
  const client = usePrivacyClient()
  onMounted(() => checkScopes(client))
  onPageEvents({ onShow: () => void client.refreshScopes() })
  return {
    status: useClientState(client, (state) => selectScopeStatus(state, toValue(scope))),
    request: () => client.requestScope(toValue(scope)),
    // H26: no await before openSetting, so it still runs inside the user's tap.
    openSettings: () => client.openSettings(),
    refresh: () => client.refreshScopes(),
  }
}
