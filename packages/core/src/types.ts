import type { PrivacyError } from './errors'
import type { PrivacyHost } from './host'
import type { PlatformId } from './platforms'
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
  /**
   * Who shows the one agree prompt (one per page). `ownerId`: the visible owner shown most recently — a
   * `'popup'` before a `'guard'` while requests are pending, a `'guard'` first otherwise. `visible`: that owner
   * must show its prompt now (requests are pending, or it is a guard and consent is `'required'`/`'error'`).
   */
  readonly prompt: { readonly ownerId: string | null; readonly visible: boolean }
  /**
   * The platform of the host the client talks to (H30–H39): which scopes exist there (`PLATFORMS[platform].scopes`).
   * `null` without a host (H5, Node, `host: null`).
   */
  readonly platform: PlatformId | null
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
 * What a prompt owner renders: a `'popup'` (`usePrivacyPrompt`) shows the prompt only while requests are
 * pending; a `'guard'` (`<PrivacyGuard>`) also while consent is `'required'` with nothing pending (the
 * proactive prompt). While requests are pending a visible popup takes the prompt from a guard.
 *
 * @example
 * ```ts
 * const kind: PromptOwnerKind = 'guard'
 * ```
 */
export type PromptOwnerKind = 'popup' | 'guard'

/**
 * A place able to show the privacy prompt (a popup, a guard), shown and hidden with its page. Only one owner
 * shows the prompt at a time (`state.prompt`); when it hides or is disposed, the prompt moves to the next
 * visible owner.
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
  readonly kind: PromptOwnerKind
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
   * The host whose APIs to call. Default: the native `tt`, `my` or `wx` when present (adapted by `platformHost`), read when the client is created
   * (never at import time). `null`, or a host without the privacy APIs, makes consent `'unsupported'`.
   */
  host?: PrivacyHost | null
  /**
   * The platform of an injected `host` (H30–H39): `'weapp'` (default), `'tt'` or `'alipay'`; the host is then
   * adapted with `platformHost`. Ignored without `host` (the native host brings its platform).
   */
  platform?: PlatformId
  /**
   * The id (or ids) of the `<button open-type="agreePrivacyAuthorization">` elements that may call
   * `agree()`. The first is the default id of the adapters' `<AgreeButton>`. Default `'mp-privacy-agree'`.
   */
  agreeButtonId?: string | readonly string[]
  /**
   * How long, in ms, requests may wait while no page shows a prompt before every pending request is settled
   * with `disagree` (its call fails with `DISAGREED`). Default `10_000`; `Infinity` waits for ever. In
   * development builds a console warning names the waiting APIs after 1 s without a prompt.
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
   * settles every pending request with `{ event: 'agree', buttonId }`, then asks WeChat
   * (`getPrivacySetting`): consent reads `'agreed'` only once WeChat says so. Without the agree event WeChat
   * records nothing: consent stays `'required'` and development builds warn. Throws `BUTTON_ID_MISMATCH` for
   * an id that is not one of `agreeButtonId`. One tap, one agree: returns `false` and does nothing when the call
   * repeats an agree whose read is still running with nothing new pending (a second binding of the same tap's
   * event, H39), `true` otherwise.
   */
  agree(buttonId: string): boolean
  /** Settles every pending request with `{ event: 'disagree' }` (H14); consent stays `'required'`. */
  disagree(): void
  /** `requirePrivacyAuthorize` as a Promise (H19): resolves once agreed, rejects with a `PrivacyError`. */
  requireConsent(): Promise<void>
  /** Opens the privacy contract page (`openPrivacyContract`, H20). */
  openContract(): Promise<void>
  /**
   * Registers a place that can show the prompt (`kind` default `'popup'`); ids must be unique (one is made
   * up when omitted).
   */
  registerOwner(id?: string, options?: { kind?: PromptOwnerKind }): PromptOwner
  /** Asks WeChat for the scope settings (`getSetting`); concurrent callers share one call. Never rejects. */
  refreshScopes(): Promise<ScopesState>
  /** `authorize` for one scope; resolves with its new value (`'denied'` at once when denied before, H25). */
  authorize(scope: Scope): Promise<ScopeValue>
  /**
   * Opens the Settings page. Must be called synchronously inside the user's tap (H26); stores the
   * `authSetting` WeChat returns, then runs a new `getSetting` (an answer to an older one never overwrites it).
   */
  openSettings(): Promise<ScopesState>
  /**
   * Consent first, then authorization — what a "use my location" button does: resolves `'granted'`, or
   * `'denied'` when the user denies the scope now or denied it before (H25: then offer `openSettings()`).
   * Rejects with a `PrivacyError` for anything else (e.g. `DISAGREED` when the privacy guide was refused).
   */
  requestScope(scope: Scope): Promise<ScopeValue>
  /**
   * `requestScope` for code that prefers an exception: resolves `'granted'` or rejects with a `PrivacyError`
   * (`AUTH_DENIED` → offer Settings).
   */
  ensureScope(scope: Scope): Promise<'granted'>
  /** Settles every pending request with `disagree` and stops; for tests and hot reload. */
  destroy(): void
}
