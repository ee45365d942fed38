import type { PrivacyError } from './errors'
import type { PrivacyHost } from './host'
import type { Scope } from './scopes'

/**
 * Where the privacy agreement stands, as WeChat last told it:
 * `'unknown'` (not asked yet), `'checking'` (first `getPrivacySetting` under way), `'required'` (the user
 * must agree before gated APIs work), `'agreed'`, `'unsupported'` (no privacy gate on this host: base
 * library below 2.32.3, H5, Node — gated calls just work) or `'error'` (see `consent.error`).
 *
 * @example
 * ```ts
 * const canUseLocation = (status: ConsentStatus) => status === 'agreed' || status === 'unsupported'
 * ```
 */
export type ConsentStatus = 'unknown' | 'checking' | 'required' | 'agreed' | 'unsupported' | 'error'

/**
 * The consent slice of the state.
 *
 * @example
 * ```ts
 * const { status, contractName } = client.store.getState().consent
 * ```
 */
export interface ConsentState {
  readonly status: ConsentStatus
  /** `privacyContractName` from `getPrivacySetting`, e.g. `'《示例小程序隐私保护指引》'`. */
  readonly contractName: string | null
  readonly error: PrivacyError | null
}

/**
 * A gated call WeChat holds until the user agrees or disagrees (H10, H11). Its `resolve` stays inside
 * the client.
 *
 * @example
 * ```ts
 * const referrers = client.store.getState().pending.map((request) => request.referrer) // ['getLocation']
 * ```
 */
export interface PendingRequest {
  readonly id: number
  /** The API or component that asked, e.g. `'getLocation'` or `'button.getPhoneNumber'`. */
  readonly referrer: string
  /** When the request arrived, from the client's `now` option (default `Date.now`). */
  readonly since: number
}

/**
 * A scope's decision as `getSetting` reports it. A scope missing from `values` was never asked (H24).
 *
 * @example
 * ```ts
 * const value: ScopeValue | undefined = client.store.getState().scopes.values['scope.userLocation']
 * ```
 */
export type ScopeValue = 'granted' | 'denied'

/**
 * The scope slice of the state. `'unsupported'` when the host has no `getSetting` (H5, H27, H28).
 *
 * @example
 * ```ts
 * const { status, values } = client.store.getState().scopes
 * ```
 */
export interface ScopesState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error' | 'unsupported'
  readonly values: Readonly<Partial<Record<Scope, ScopeValue>>>
  readonly error: PrivacyError | null
}

/**
 * Everything the client knows. Immutable: every change produces a new object (immer), unchanged
 * slices keep their identity, so selectors can compare by reference.
 *
 * @example
 * ```ts
 * const state: PrivacyState = client.store.getState()
 * ```
 */
export interface PrivacyState {
  readonly consent: ConsentState
  readonly pending: ReadonlyArray<PendingRequest>
  /** The registered owner that must show the prompt now: the visible one shown most recently. */
  readonly prompt: { readonly ownerId: string | null }
  readonly scopes: ScopesState
}

/**
 * The read-only store contract adapters build on: zustand's vanilla store, without `setState`.
 *
 * @example
 * ```ts
 * const unsubscribe = client.store.subscribe((state, previous) => {
 *   if (state.consent !== previous.consent) console.info(state.consent.status)
 * })
 * ```
 */
export interface PrivacyStore {
  getState(): PrivacyState
  getInitialState(): PrivacyState
  subscribe(listener: (state: PrivacyState, previous: PrivacyState) => void): () => void
}

/**
 * A page (or any place) able to show the privacy prompt. The prompt belongs to the visible owner shown
 * most recently; when it hides or is disposed, the prompt moves to the next visible owner.
 *
 * @example
 * ```ts
 * const owner = client.registerOwner('pages/index')
 * owner.show() // on page show
 * owner.hide() // on page hide
 * owner.dispose() // on page unload
 * ```
 */
export interface PromptOwner {
  readonly id: string
  show(): void
  hide(): void
  dispose(): void
}

/**
 * Options of `createPrivacyClient`.
 *
 * @example
 * ```ts
 * const options: PrivacyClientOptions = { agreeButtonId: 'agree-btn', ownerTimeout: 60_000 }
 * ```
 */
export interface PrivacyClientOptions {
  /**
   * The host whose APIs to call. Default: the native `wx` when present, read when the client is created
   * (never at import time). `null`, or a host without the privacy APIs, makes consent `'unsupported'`.
   */
  host?: PrivacyHost | null
  /**
   * The id (or ids) of the `<button open-type="agreePrivacyAuthorization">` elements that may call
   * `agree()`. The first is the default id of the adapters' `<AgreeButton>`. Default `'mp-privacy-agree'`.
   */
  agreeButtonId?: string | readonly string[]
  /**
   * How long, in ms, a pending request may wait while no prompt owner is visible before it is settled
   * with `disagree`. Default: no limit — requests wait for an owner and are never dropped silently.
   */
  ownerTimeout?: number
  /** The clock for `PendingRequest.since`. Default `Date.now`. */
  now?: () => number
}

/**
 * The client: one per app. Create it once (in `app.ts`/`app.tsx`/`main.ts`) and share it.
 *
 * @example
 * ```ts
 * const client = createPrivacyClient()
 * await client.refresh()
 * if (client.store.getState().consent.status === 'required') showGuide()
 * ```
 */
export interface PrivacyClient {
  readonly store: PrivacyStore
  /** The id an agree button should carry (the first of the `agreeButtonId` option). */
  readonly agreeButtonId: string
  /** Asks WeChat (`getPrivacySetting`); concurrent callers share one host call. Never rejects: errors go to state. */
  refresh(): Promise<ConsentState>
  /**
   * Call from the agree button's `agreeprivacyauthorization` event with that button's id (H13, H17):
   * settles every pending request with `{ event: 'agree', buttonId }`. Throws `BUTTON_ID_MISMATCH` for an id
   * that is not one of `agreeButtonId`.
   */
  agree(buttonId: string): void
  /** Settles every pending request with `{ event: 'disagree' }` (H14); consent stays `'required'`. */
  disagree(): void
  /** `requirePrivacyAuthorize` as a Promise (H19): resolves once agreed, rejects with a `PrivacyError`. */
  requireConsent(): Promise<void>
  /** Opens the privacy contract page (`openPrivacyContract`, H20). */
  openContract(): Promise<void>
  /** Registers a place that can show the prompt; ids must be unique (one is made up when omitted). */
  registerOwner(id?: string): PromptOwner
  /** Asks WeChat for the scope settings (`getSetting`); concurrent callers share one call. Never rejects. */
  refreshScopes(): Promise<ScopesState>
  /** `authorize` for one scope; resolves with its new value (`'denied'` at once when denied before, H25). */
  authorize(scope: Scope): Promise<ScopeValue>
  /**
   * Opens the Settings page. Must be called synchronously inside the user's tap (H26); stores the
   * `authSetting` WeChat returns, then re-queries `getSetting`.
   */
  openSettings(): Promise<ScopesState>
  /** Consent first, then authorization: resolves `'granted'` or rejects with a `PrivacyError` (`AUTH_DENIED` → offer Settings). */
  ensureScope(scope: Scope): Promise<'granted'>
  /** Settles every pending request with `disagree` and stops; for tests and hot reload. */
  destroy(): void
}
