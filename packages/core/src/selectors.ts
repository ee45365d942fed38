import type { Scope } from './scopes'
import type { PrivacyState } from './types'

/**
 * What a UI shows for one scope: `'granted'`, `'denied'`, `'not-asked'` (never asked, H24), `'loading'`
 * (settings not read yet), `'unsupported'` (no `getSetting` on this host) or `'error'` (reading failed).
 *
 * @example
 * ```ts
 * const label: Record<ScopeStatus, string> = { granted: 'On', denied: 'Off', 'not-asked': 'Ask', loading: '…', unsupported: 'n/a', error: 'Retry' }
 * ```
 */
export type ScopeStatus = 'granted' | 'denied' | 'not-asked' | 'loading' | 'unsupported' | 'error'

/**
 * The status of one scope in a state snapshot. Shared by the React and Vue adapters.
 *
 * @example
 * ```ts
 * import { selectScopeStatus } from '@mp-privacy/core'
 * selectScopeStatus(client.store.getState(), 'scope.userLocation') // 'not-asked'
 * ```
 */
export function selectScopeStatus(state: PrivacyState, scope: Scope): ScopeStatus {
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
