import { PrivacyError, toPrivacyError } from './errors'
import type { PrivacyHost } from './host'
import { invoke, readFailure } from './hostCall'
import { isScope, SCOPES, type Scope } from './scopes'
import type { PrivacyClient, PrivacyState, PrivacyStore, ScopesState, ScopeValue } from './types'

/** The store's state as an immer recipe may change it. */
export type Draft = { -readonly [K in keyof PrivacyState]: Mutable<PrivacyState[K]> }
type Mutable<T> =
  T extends ReadonlyArray<infer U> ? U[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T

/** What the scope methods need from the client that owns them. */
export interface ScopeContext {
  host: PrivacyHost
  store: PrivacyStore
  /** Applies a recipe to the state and publishes it. */
  update(recipe?: (draft: Draft) => void): void
  /** The client's clock: the next version number for a host answer or a user action. */
  tick(): number
  requireConsent(): Promise<void>
}

type ScopeMethods = Pick<
  PrivacyClient,
  'refreshScopes' | 'authorize' | 'openSettings' | 'requestScope' | 'ensureScope'
>

/**
 * The client's scope permissions (H24–H26): `getSetting` reads shared by concurrent callers, `authorize`,
 * Settings, and consent-then-authorize. A newer fact is never overwritten by an answer to an older read.
 *
 * @example
 * ```ts
 * const scopes = scopeSettings({ host, store, update, tick: () => ++clock, requireConsent })
 * await scopes.requestScope('scope.userLocation') // 'granted' | 'denied'
 * ```
 */
export function scopeSettings({ host, store, update, tick, requireConsent }: ScopeContext): ScopeMethods {
  let scopesVersion = 0
  const scopeVersions: Partial<Record<Scope, number>> = {}
  let scopesRead: Promise<ScopesState> | null = null
  const setScopes = (patch: Partial<ScopesState>) =>
    update((draft) => void Object.assign(draft.scopes, patch))

  function applyAuthSetting(authSetting: Record<string, boolean>, version: number) {
    scopesVersion = Math.max(scopesVersion, version)
    update((draft) => {
      const values = draft.scopes.values
      for (const scope of SCOPES) {
        if ((scopeVersions[scope] ?? 0) > version) continue
        scopeVersions[scope] = version
        const next = authSetting[scope] === undefined ? undefined : authSetting[scope] ? 'granted' : 'denied'
        if (next === undefined) delete values[scope]
        else if (values[scope] !== next) values[scope] = next
      }
      draft.scopes.status = 'ready'
      draft.scopes.error = null
    })
  }

  /** `getSetting`; concurrent reads share one call unless `fresh`. */
  function readScopes(fresh: boolean): Promise<ScopesState> {
    const { status } = store.getState().scopes
    if (status === 'unsupported') return Promise.resolve(store.getState().scopes)
    if (scopesRead && !fresh) return scopesRead
    const version = tick()
    if (status === 'idle' || status === 'error') setScopes({ status: 'loading' })
    const read: Promise<ScopesState> = invoke(host, 'getSetting')
      .then(
        (res) => {
          if (typeof res.authSetting === 'object' && res.authSetting !== null) {
            applyAuthSetting(res.authSetting, version)
          } else setScopes({ status: 'unsupported' })
        },
        (error) => {
          if (version > scopesVersion) setScopes(readFailure(error, 'getSetting'))
        },
      )
      .then(() => store.getState().scopes)
      .finally(() => {
        if (scopesRead === read) scopesRead = null
      })
    scopesRead = read
    return read
  }

  function assertScope(scope: unknown, method: string): asserts scope is Scope {
    if (!isScope(scope)) {
      throw new TypeError(
        `${method}(): unknown scope ${JSON.stringify(scope)}. Use one of: ${SCOPES.join(', ')}.`,
      )
    }
  }

  /** `authorize` for a scope already validated: a denial (H25) is the value `'denied'`, never an error. */
  async function authorizeScope(scope: Scope): Promise<ScopeValue> {
    let value: ScopeValue = 'granted'
    try {
      await invoke(host, 'authorize', { scope })
    } catch (error) {
      const privacyError = toPrivacyError(error, 'authorize')
      if (privacyError.code !== 'AUTH_DENIED') throw privacyError
      value = 'denied'
    }
    scopeVersions[scope] = tick()
    update((draft) => {
      draft.scopes.values[scope] = value
      if (draft.scopes.status === 'idle') draft.scopes.status = 'ready'
    })
    return value
  }

  /** Consent first, then `authorize`; the scope is checked once, before anything reaches the host. */
  async function requestScope(scope: Scope, method: string): Promise<ScopeValue> {
    assertScope(scope, method)
    await requireConsent()
    return authorizeScope(scope)
  }

  return {
    refreshScopes: () => readScopes(false),

    async authorize(scope) {
      assertScope(scope, 'authorize')
      return authorizeScope(scope)
    },

    openSettings() {
      // H26: openSetting must be called in the tap's synchronous frame, so no await before it.
      return invoke(host, 'openSetting').then((res) => {
        if (res.authSetting) applyAuthSetting(res.authSetting, tick())
        return readScopes(true)
      })
    },

    requestScope: (scope) => requestScope(scope, 'requestScope'),

    async ensureScope(scope) {
      if ((await requestScope(scope, 'ensureScope')) === 'granted') return 'granted'
      // The documented contract: a denial rejects here, at the public edge, and nowhere below it.
      throw new PrivacyError('AUTH_DENIED', { api: 'authorize', message: `The user denied ${scope}` })
    },
  }
}
