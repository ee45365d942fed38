import { produce } from 'immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { PrivacyError, toPrivacyError } from './errors'
import { defaultHost, type HostCallbacks, type PrivacyHost, type PrivacyListener } from './host'
import { isScope, SCOPES, type Scope } from './scopes'
import type {
  ConsentState,
  PrivacyClient,
  PrivacyClientOptions,
  PrivacyState,
  PrivacyStore,
  PromptOwner,
  ScopesState,
  ScopeValue,
} from './types'

type Resolve = Parameters<PrivacyListener>[0]
type Draft = { -readonly [K in keyof PrivacyState]: Mutable<PrivacyState[K]> }
type Mutable<T> =
  T extends ReadonlyArray<infer U> ? U[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T

type Api =
  | 'getPrivacySetting'
  | 'requirePrivacyAuthorize'
  | 'openPrivacyContract'
  | 'getSetting'
  | 'authorize'
  | 'openSetting'
type ResultOf<K extends Api> = Parameters<
  NonNullable<NonNullable<Parameters<NonNullable<PrivacyHost[K]>>[0]['success']>>
>[0]

/** Calls a callback-style host API as a method and returns a Promise; Taro's rejecting Promise is silenced (H27). */
function invoke<K extends Api>(host: PrivacyHost, api: K, args?: { scope: string }): Promise<ResultOf<K>> {
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => reject(toPrivacyError(err, api))
    try {
      const fn = host[api] as
        | ((options: HostCallbacks<ResultOf<K>> & { scope?: string }) => unknown)
        | undefined
      if (typeof fn !== 'function') throw new PrivacyError('UNSUPPORTED', { api })
      const returned = fn.call(host, { ...args, success: resolve, fail }) as Promise<unknown> | undefined
      if (typeof returned?.catch === 'function') returned.catch(() => {})
    } catch (error) {
      fail(error)
    }
  })
}

/** Runs `start` unless a run is already under way, in which case its result is shared. */
function shared<T>(start: () => Promise<T>): () => Promise<T> {
  let inflight: Promise<T> | null = null
  return () => {
    inflight ??= start().finally(() => {
      inflight = null
    })
    return inflight
  }
}

/**
 * Creates the one privacy client of an app: it installs the app's single `onNeedPrivacyAuthorization`
 * listener (H3), keeps every pending request until it is settled exactly once, decides which page shows
 * the prompt, and tracks scope settings. Nothing touches `wx` until you call this.
 *
 * @example
 * ```ts
 * import { createPrivacyClient } from '@mp-privacy/core'
 *
 * export const privacy = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * const owner = privacy.registerOwner('pages/index')
 * owner.show()
 * privacy.store.subscribe((state) => {
 *   const visible = state.prompt.ownerId === owner.id && state.pending.length > 0
 *   // render the prompt when visible; its agree button calls privacy.agree('agree-btn')
 * })
 * ```
 */
export function createPrivacyClient(options: PrivacyClientOptions = {}): PrivacyClient {
  const host: PrivacyHost = (options.host === undefined ? defaultHost() : options.host) ?? {}
  const buttonIds = ([] as string[]).concat(options.agreeButtonId ?? 'mp-privacy-agree')
  const now = options.now ?? Date.now
  const gated = typeof host.getPrivacySetting === 'function'

  const initial: PrivacyState = {
    consent: { status: gated ? 'unknown' : 'unsupported', contractName: null, error: null },
    pending: [],
    prompt: { ownerId: null },
    scopes: {
      status: typeof host.getSetting === 'function' ? 'idle' : 'unsupported',
      values: {},
      error: null,
    },
  }
  const store: PrivacyStore & StoreApi<PrivacyState> = createStore<PrivacyState>()(() => initial)
  const update = (recipe: (draft: Draft) => void) => store.setState(produce(store.getState(), recipe), true)

  const resolvers = new Map<number, { resolve: Resolve; referrer: string; since: number; exposed: boolean }>()
  const owners = new Set<string>()
  // Visible owners, the one shown most recently last.
  let visible: string[] = []
  let requestSeq = 0
  let ownerSeq = 0
  let destroyed = false
  let ownerTimer: ReturnType<typeof setTimeout> | undefined

  const setConsent = (patch: Partial<ConsentState>) =>
    update((draft) => {
      if (draft.consent.status !== 'unsupported') Object.assign(draft.consent, patch)
    })
  const setScopes = (patch: Partial<ScopesState>) =>
    update((draft) => void Object.assign(draft.scopes, patch))
  // An UNSUPPORTED failure (H27's dev stubs) means there is no such gate here, not an error.
  const failure = (error: unknown, api: string) => {
    const privacyError = toPrivacyError(error, api)
    return privacyError.code === 'UNSUPPORTED'
      ? ({ status: 'unsupported', error: null } as const)
      : ({ status: 'error', error: privacyError } as const)
  }

  /** Mirrors the resolvers into state, hands the prompt to its owner, and reports exposure (H12). */
  function sync() {
    const ownerId = visible[visible.length - 1] ?? null
    update((draft) => {
      if (draft.prompt.ownerId !== ownerId) draft.prompt.ownerId = ownerId
      const ids = [...resolvers.keys()]
      if (ids.join() !== draft.pending.map((p) => p.id).join()) {
        draft.pending = [...resolvers].map(([id, { referrer, since }]) => ({ id, referrer, since }))
      }
      if (ids.length > 0 && draft.consent.status !== 'unsupported') draft.consent.status = 'required'
    })
    if (ownerId !== null) {
      for (const entry of resolvers.values()) {
        if (entry.exposed) continue
        entry.exposed = true
        entry.resolve({ event: 'exposureAuthorization' })
      }
    }
    clearTimeout(ownerTimer)
    if (ownerId === null && resolvers.size > 0 && options.ownerTimeout !== undefined) {
      ownerTimer = setTimeout(() => client.disagree(), options.ownerTimeout)
    }
  }

  function settle(result: { event: 'agree' | 'disagree'; buttonId?: string }) {
    const entries = [...resolvers.values()]
    resolvers.clear()
    for (const { resolve } of entries) {
      try {
        resolve(result)
      } catch {
        // One host callback failing must not leave the other requests unsettled.
      }
    }
    sync()
  }

  const listener: PrivacyListener = (resolve, eventInfo) => {
    if (destroyed) {
      resolve({ event: 'disagree' })
      return
    }
    resolvers.set(++requestSeq, {
      resolve,
      referrer: eventInfo?.referrer ?? 'unknown',
      since: now(),
      exposed: false,
    })
    // H28: state set inside the listener's synchronous frame may not render on some clients.
    Promise.resolve().then(sync)
  }
  if (typeof host.onNeedPrivacyAuthorization === 'function') host.onNeedPrivacyAuthorization(listener)

  const refresh = shared(async (): Promise<ConsentState> => {
    if (!gated) return store.getState().consent
    const status = store.getState().consent.status
    if (status === 'unknown' || status === 'error') setConsent({ status: 'checking' })
    try {
      const res = await invoke(host, 'getPrivacySetting')
      setConsent(
        typeof res.needAuthorization === 'boolean'
          ? {
              status: res.needAuthorization ? 'required' : 'agreed',
              contractName: res.privacyContractName ?? null,
              error: null,
            }
          : // H27: Taro's H5 stub succeeds with neither needAuthorization nor a contract name.
            { status: 'unsupported' },
      )
    } catch (error) {
      setConsent(failure(error, 'getPrivacySetting'))
    }
    return store.getState().consent
  })

  function applyAuthSetting(authSetting: Record<string, boolean>) {
    update((draft) => {
      const values = draft.scopes.values
      for (const scope of SCOPES) {
        const next = authSetting[scope] === undefined ? undefined : authSetting[scope] ? 'granted' : 'denied'
        if (next === undefined) delete values[scope]
        else if (values[scope] !== next) values[scope] = next
      }
      draft.scopes.status = 'ready'
      draft.scopes.error = null
    })
  }

  async function fetchScopes(): Promise<ScopesState> {
    const { status } = store.getState().scopes
    if (status === 'unsupported') return store.getState().scopes
    if (status === 'idle' || status === 'error') setScopes({ status: 'loading' })
    try {
      const res = await invoke(host, 'getSetting')
      if (typeof res.authSetting === 'object' && res.authSetting !== null) applyAuthSetting(res.authSetting)
      else setScopes({ status: 'unsupported' })
    } catch (error) {
      setScopes(failure(error, 'getSetting'))
    }
    return store.getState().scopes
  }
  const refreshScopes = shared(fetchScopes)

  function assertScope(scope: unknown, method: string): asserts scope is Scope {
    if (!isScope(scope)) {
      throw new TypeError(
        `${method}(): unknown scope ${JSON.stringify(scope)}. Use one of: ${SCOPES.join(', ')}.`,
      )
    }
  }

  async function authorize(scope: Scope): Promise<ScopeValue> {
    assertScope(scope, 'authorize')
    let value: ScopeValue = 'granted'
    try {
      await invoke(host, 'authorize', { scope })
    } catch (error) {
      const privacyError = toPrivacyError(error, 'authorize')
      if (privacyError.code !== 'AUTH_DENIED') throw privacyError
      value = 'denied'
    }
    update((draft) => {
      draft.scopes.values[scope] = value
      if (draft.scopes.status === 'idle') draft.scopes.status = 'ready'
    })
    return value
  }

  const client: PrivacyClient = {
    // Typed without setState: only the client writes.
    store,
    agreeButtonId: buttonIds[0] as string,
    refresh,

    agree(buttonId) {
      if (typeof buttonId !== 'string' || !buttonIds.includes(buttonId)) {
        throw new PrivacyError('BUTTON_ID_MISMATCH', {
          api: 'agree',
          message: `agree(${JSON.stringify(buttonId)}): agreeButtonId is ${JSON.stringify(buttonIds)}`,
        })
      }
      // H13: the host continues the calls only because this button's agree event fired.
      settle({ event: 'agree', buttonId })
      setConsent({ status: 'agreed', error: null })
    },

    disagree() {
      settle({ event: 'disagree' })
    },

    async requireConsent() {
      if (typeof host.requirePrivacyAuthorize !== 'function') return
      try {
        await invoke(host, 'requirePrivacyAuthorize')
      } catch (error) {
        const privacyError = toPrivacyError(error, 'requirePrivacyAuthorize')
        if (privacyError.code === 'DISAGREED') setConsent({ status: 'required' })
        throw privacyError
      }
      setConsent({ status: 'agreed', error: null })
    },

    async openContract() {
      await invoke(host, 'openPrivacyContract')
    },

    registerOwner(id = `mp-privacy-owner-${++ownerSeq}`) {
      if (owners.has(id)) {
        throw new TypeError(`registerOwner("${id}"): already registered. Dispose it first or use another id.`)
      }
      owners.add(id)
      const toggle = (show: boolean) => {
        visible = visible.filter((other) => other !== id)
        if (show && owners.has(id)) visible.push(id)
        sync()
      }
      const handle: PromptOwner = {
        id,
        show: () => toggle(true),
        hide: () => toggle(false),
        dispose() {
          owners.delete(id)
          toggle(false)
        },
      }
      return handle
    },

    refreshScopes,
    authorize,

    openSettings() {
      // H26: openSetting must be called in the tap's synchronous frame, so no await before it.
      const opened = invoke(host, 'openSetting')
      return opened.then((res) => {
        if (res.authSetting) applyAuthSetting(res.authSetting)
        return refreshScopes()
      })
    },

    async ensureScope(scope) {
      assertScope(scope, 'ensureScope')
      await client.requireConsent()
      if ((await authorize(scope)) === 'granted') return 'granted'
      throw new PrivacyError('AUTH_DENIED', {
        api: 'authorize',
        message: `The user denied ${scope}`,
      })
    },

    destroy() {
      destroyed = true
      owners.clear()
      visible = []
      clearTimeout(ownerTimer)
      settle({ event: 'disagree' })
    },
  }
  return client
}

let defaultClient: PrivacyClient | undefined

/**
 * The app-wide client the adapters use when none is provided: created on first use with the default
 * options (the native `wx` as host), never at import time. Shared by `@mp-privacy/react` and `@mp-privacy/vue`.
 *
 * @example
 * ```ts
 * import { getDefaultClient } from '@mp-privacy/core'
 * getDefaultClient().refresh()
 * ```
 */
export function getDefaultClient(): PrivacyClient {
  defaultClient ??= createPrivacyClient()
  return defaultClient
}
