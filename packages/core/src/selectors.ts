import { PLATFORMS } from './platforms'
import type { Scope } from './scopes'
import type { PrivacyState } from './types'

/**
 * What a UI shows for one scope: `'granted'`, `'denied'`, `'not-asked'` (never asked, H24), `'loading'`
 * (settings not read yet), `'unsupported'` (no `getSetting` on this host, e.g. H5), `'scope-unsupported'`
 * (the scope does not exist on this platform, H33, H38: asking fails with `SCOPE_UNSUPPORTED`, leave the
 * feature out) or `'error'` (reading failed).
 *
 * @example
 * ```ts
 * const label: Record<ScopeStatus, string> = { granted: 'On', denied: 'Off', 'not-asked': 'Ask', loading: '…', unsupported: 'n/a', 'scope-unsupported': 'Not on this platform', error: 'Retry' }
 * ```
 */
export type ScopeStatus =
  | 'granted'
  | 'denied'
  | 'not-asked'
  | 'loading'
  | 'unsupported'
  | 'scope-unsupported'
  | 'error'

/**
 * The status of one scope in a state snapshot. Shared by the React and Vue adapters. A scope the client's
 * platform lacks (`PLATFORMS[state.platform].scopes`, H33, H38) is `'scope-unsupported'` before and after the
 * settings are read.
 *
 * @example
 * ```ts
 * import { selectScopeStatus } from '@mp-privacy/core'
 * selectScopeStatus(client.store.getState(), 'scope.userLocation') // 'not-asked'
 * selectScopeStatus(alipayClient.store.getState(), 'scope.werun') // 'scope-unsupported'
 * ```
 */
export function selectScopeStatus(state: PrivacyState, scope: Scope): ScopeStatus {
  if (state.platform && PLATFORMS[state.platform].scopes[scope] === undefined) return 'scope-unsupported'
  const { status, values } = state.scopes
  const value = values[scope]
  if (value !== undefined) return value
  if (status === 'ready') return 'not-asked'
  if (status === 'idle') return 'loading'
  return status
}

/**
 * Whether the owner with this id must show the agree prompt now (see `PrivacyState['prompt']`): at most one
 * owner at a time.
 *
 * @example
 * ```ts
 * import { isPromptVisible } from '@mp-privacy/core'
 * const visible = isPromptVisible(client.store.getState(), owner.id)
 * ```
 */
export function isPromptVisible(state: PrivacyState, ownerId: string): boolean {
  return state.prompt.visible && state.prompt.ownerId === ownerId
}
