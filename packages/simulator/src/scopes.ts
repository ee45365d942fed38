import { describedScopes } from './appConfig'
import { alwaysGrantedScopes, type Scope } from './catalog'
import type { Host } from './host'
import { toHostKeys } from './platforms'
import type { AuthSetting } from './types'

/** Scope permissions (H24–H26): `authSetting`, the scope popups and app.json `permission` descriptions. */
export interface ScopePermissions {
  /** `authSetting` as `getSetting` reports it, in the host's keys (H33, H38): always-granted scopes read `true` (H24). */
  readAuthSetting(): AuthSetting
  /** The configured answer to a scope popup. */
  authorizeAnswer(scope: Scope): 'allow' | 'deny' | 'manual'
  /** Location scopes show their popup only with an app.json `permission` description. */
  isDescribed(scope: Scope): boolean
  /** Runs `granted` or `denied` after the scope's decision, asking with a popup if it was never asked (H25). */
  withScope(
    api: string,
    scope: Scope | undefined,
    granted: () => void,
    denied: (asked: boolean) => void,
  ): void
  /** H22: the scope whose popup the privacy checkbox is coupled into, if any. */
  coupledScopeFor(scope: Scope | undefined): Scope | undefined
}

/** Creates the scope permissions of `host`. */
export function createScopePermissions(host: Host): ScopePermissions {
  const { config, state, dialogs } = host
  const { authSetting } = state

  function readAuthSetting(): AuthSetting {
    const copy: AuthSetting = { ...authSetting }
    for (const scope of Object.keys(copy)) if (alwaysGrantedScopes.has(scope)) copy[scope] = true
    return toHostKeys(config.platform, copy)
  }

  function authorizeAnswer(scope: Scope): 'allow' | 'deny' | 'manual' {
    const { authorizePopup } = config
    return typeof authorizePopup === 'function' ? authorizePopup(scope) : authorizePopup
  }

  function isDescribed(scope: Scope): boolean {
    return (
      !config.platform.permissionDesc ||
      !describedScopes.has(scope) ||
      state.described === undefined ||
      state.described.has(scope)
    )
  }

  function withScope(
    api: string,
    scope: Scope | undefined,
    granted: () => void,
    denied: (asked: boolean) => void,
  ): void {
    if (!scope || alwaysGrantedScopes.has(scope)) {
      if (scope) authSetting[scope] = true
      granted()
      return
    }
    const decided = (): boolean => {
      const value = authSetting[scope]
      if (value === true) granted()
      else if (value === false) denied(false)
      return value !== undefined
    }
    if (decided()) return
    dialogs.enqueue({
      open: () => (decided() ? null : { kind: 'authorize', api, scope }),
      auto: () => authorizeAnswer(scope),
      answer(choice) {
        authSetting[scope] = choice === 'allow'
        if (choice === 'allow') granted()
        else denied(true)
      },
    })
  }

  function coupledScopeFor(scope: Scope | undefined): Scope | undefined {
    // [open] A scope without its permission description gets no scope popup, coupled or not.
    if (!config.hasCoupledPopup || !scope || alwaysGrantedScopes.has(scope) || !isDescribed(scope)) {
      return undefined
    }
    return authSetting[scope] === undefined ? scope : undefined
  }

  return { readAuthSetting, authorizeAnswer, isDescribed, withScope, coupledScopeFor }
}
