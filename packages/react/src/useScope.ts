import {
  type Scope,
  type ScopeStatus,
  type ScopesState,
  type ScopeValue,
  selectScopeStatus,
} from '@mp-privacy/core'
import { checkScopes } from '@mp-privacy/core/ui'
import Taro from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { usePrivacyClient } from './PrivacyProvider'
import { memoSelector, useClientState } from './useClientState'

/**
 * What `useScope(scope)` returns.
 *
 * @example
 * ```tsx
 * const { status, request, openSettings, refresh }: UseScopeResult = useScope('scope.userLocation')
 * ```
 */
export interface UseScopeResult {
  /**
   * `'granted' | 'denied' | 'not-asked' | 'loading' | 'unsupported' | 'scope-unsupported' | 'error'` (core's
   * `ScopeStatus`; `'scope-unsupported'`: this platform lacks the scope, H33, H38).
   */
  readonly status: ScopeStatus
  /**
   * Consent first, then `authorize` (core's `client.requestScope`): resolves `'granted'`, or `'denied'` when the user
   * denies the scope now or denied it before (H25: then offer `openSettings`). Rejects with a `PrivacyError`
   * for anything else (e.g. `DISAGREED` when the privacy guide was refused).
   */
  request(): Promise<ScopeValue>
  /** Opens the Settings page; call it synchronously from a tap handler (H26). Re-reads the settings after. */
  openSettings(): Promise<ScopesState>
  /** Re-reads the settings (`getSetting`); calls in the same tick share one host call. */
  refresh(): Promise<ScopesState>
}

/**
 * The status of one scope, with the actions a page needs. Re-renders only when this scope's status changes.
 * Reads the settings on mount when nobody has yet, and again each time its page shows (the user may have
 * changed them from the ••• menu): one `getSetting` per page show however many hooks are mounted.
 *
 * @example
 * ```tsx
 * function MapEntry() {
 *   const location = useScope('scope.userLocation')
 *   if (location.status === 'denied') return <Button onClick={location.openSettings}>去设置中开启定位</Button>
 *   return <Button onClick={location.request}>使用我的位置</Button>
 * }
 * ```
 */
export function useScope(scope: Scope): UseScopeResult {
  const client = usePrivacyClient()
  useEffect(() => checkScopes(client), [client])
  Taro.useDidShow(() => void client.refreshScopes())
  const select = useMemo(
    () =>
      memoSelector(
        (state) => [selectScopeStatus(state, scope)],
        (status): UseScopeResult => ({
          status,
          request: () => client.requestScope(scope),
          // H26: no await before openSetting, so it still runs inside the user's tap.
          openSettings: client.openSettings,
          refresh: client.refreshScopes,
        }),
      ),
    [client, scope],
  )
  return useClientState(client, select)
}
