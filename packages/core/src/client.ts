import { produce } from 'immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { dev } from './dev'
import { PrivacyError, toPrivacyError } from './errors'
import { defaultHost, type PrivacyHost, type PrivacyListener } from './host'
import { invoke, readFailure } from './hostCall'
import { type Draft, scopeSettings } from './scopeSettings'
import type {
  ConsentState,
  PrivacyClient,
  PrivacyClientOptions,
  PrivacyState,
  PrivacyStore,
  PromptOwnerKind,
} from './types'

type Resolve = Parameters<PrivacyListener>[0]

// setTimeout holds 32-bit delays: anything longer (or Infinity) means "wait for ever".
const MAX_DELAY = 2_147_483_647

/**
 * Creates the one privacy client of an app: it installs the app's single `onNeedPrivacyAuthorization`
 * listener (H3), keeps every pending request until it is settled exactly once, decides which prompt owner
 * shows the one agree prompt, and tracks scope settings. Nothing touches `wx` until you call this. It never
 * throws for a faulty host: if `onNeedPrivacyAuthorization` throws, `consent` reads `'error'` with the
 * `PrivacyError` (WeChat then shows its own popup, H21). Throws a `TypeError` for an invalid `ownerTimeout`.
 *
 * @example
 * ```ts
 * import { createPrivacyClient } from '@mp-privacy/core'
 *
 * export const privacy = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * const owner = privacy.registerOwner('pages/index')
 * owner.show()
 * privacy.store.subscribe((state) => {
 *   const visible = state.prompt.visible && state.prompt.ownerId === owner.id
 *   // render the prompt when visible; its agree button calls privacy.agree('agree-btn')
 * })
 * ```
 */
export function createPrivacyClient(options: PrivacyClientOptions = {}): PrivacyClient {
  const host: PrivacyHost = (options.host === undefined ? defaultHost() : options.host) ?? {}
  const buttonIds = ([] as string[]).concat(options.agreeButtonId ?? 'mp-privacy-agree')
  const now = options.now ?? Date.now
  const ownerTimeout = options.ownerTimeout ?? 10_000
  if (!(ownerTimeout >= 0)) {
    throw new TypeError(
      `createPrivacyClient(): ownerTimeout must be a number of ms >= 0 (Infinity waits for ever), not ${ownerTimeout}.`,
    )
  }
  const gated = typeof host.getPrivacySetting === 'function'

  const initial: PrivacyState = {
    consent: { status: gated ? 'unknown' : 'unsupported', contractName: null, error: null },
    pending: [],
    prompt: { ownerId: null, visible: false },
    scopes: {
      status: typeof host.getSetting === 'function' ? 'idle' : 'unsupported',
      values: {},
      error: null,
    },
  }
  const store: PrivacyStore & StoreApi<PrivacyState> = createStore<PrivacyState>()(() => initial)

  const resolvers = new Map<
    number,
    { resolve: Resolve; referrer: string; since: number; exposed: boolean; warned: boolean }
  >()
  const owners = new Map<string, PromptOwnerKind>()
  // Visible owners, the one shown most recently last.
  let visible: string[] = []
  let requestSeq = 0
  let ownerSeq = 0
  let destroyed = false
  let ownerTimer: ReturnType<typeof setTimeout> | undefined
  let warnTimer: ReturnType<typeof setTimeout> | undefined
  // Versions: every host answer and user action gets the next number; an answer to a read that started
  // before a newer fact was stored is dropped (4a: an older getSetting never overwrites openSetting's answer).
  let clock = 0
  let consentVersion = 0
  let consentRead: Promise<ConsentState> | null = null

  // A faulty host callback must neither throw into the caller nor stop the others (4b).
  const call = (resolve: Resolve, result: Parameters<Resolve>[0]) => {
    try {
      resolve(result)
    } catch {}
  }

  const lastVisible = (kind: PromptOwnerKind) => {
    for (let index = visible.length - 1; index >= 0; index--) {
      if (owners.get(visible[index] as string) === kind) return visible[index] as string
    }
    return null
  }

  /** Applies `recipe`, mirrors the resolvers and the prompt into state, then reports exposure (H12) and arms the timers. */
  function update(recipe?: (draft: Draft) => void) {
    store.setState(
      produce(store.getState(), (draft: Draft) => {
        recipe?.(draft)
        const ids = [...resolvers.keys()]
        if (ids.join() !== draft.pending.map((p) => p.id).join()) {
          draft.pending = [...resolvers].map(([id, { referrer, since }]) => ({ id, referrer, since }))
        }
        const { consent, prompt } = draft
        if (ids.length > 0 && consent.status !== 'unsupported') consent.status = 'required'
        // One prompt per page: a popup shows the pending requests; a guard asks for consent otherwise.
        const popupFirst = ids.length > 0
        const ownerId =
          lastVisible(popupFirst ? 'popup' : 'guard') ?? lastVisible(popupFirst ? 'guard' : 'popup')
        const shown =
          ownerId !== null &&
          (ids.length > 0 ||
            (owners.get(ownerId) === 'guard' &&
              (consent.status === 'required' || consent.status === 'error')))
        if (prompt.ownerId !== ownerId) prompt.ownerId = ownerId
        if (prompt.visible !== shown) prompt.visible = shown
      }),
      true,
    )
    const { ownerId, visible: shown } = store.getState().prompt
    if (shown) {
      for (const entry of resolvers.values()) {
        if (entry.exposed) continue
        entry.exposed = true
        call(entry.resolve, { event: 'exposureAuthorization' })
      }
    }
    if (ownerId !== null || resolvers.size === 0) {
      clearTimeout(ownerTimer)
      clearTimeout(warnTimer)
      ownerTimer = warnTimer = undefined
      return
    }
    // No silent waits: nobody shows these requests. Warn (development), then settle them.
    if (ownerTimer === undefined && ownerTimeout <= MAX_DELAY) {
      ownerTimer = setTimeout(() => {
        warnWaiting()
        settle({ event: 'disagree' })
      }, ownerTimeout)
    }
    dev(() => {
      warnTimer ??= setTimeout(() => warnWaiting(), Math.min(1000, ownerTimeout))
    })
  }

  function warnWaiting() {
    dev(() => {
      const waiting = [...resolvers.values()].filter((entry) => !entry.warned)
      if (waiting.length === 0) return
      for (const entry of waiting) entry.warned = true
      console.warn(
        `[mp-privacy] ${waiting.map((entry) => entry.referrer).join(', ')} ${waiting.length > 1 ? 'wait' : 'waits'} for the privacy agreement, but no page shows a prompt. Render <PrivacyGuard> or a popup from usePrivacyPrompt() on the page that makes the call. ${
          ownerTimeout > MAX_DELAY
            ? 'It waits for ever (ownerTimeout: Infinity).'
            : `Without a prompt it is settled with disagree after ownerTimeout (${ownerTimeout} ms).`
        }`,
      )
    })
  }

  const setConsent = (patch: Partial<ConsentState>) =>
    update((draft) => {
      if (draft.consent.status !== 'unsupported') Object.assign(draft.consent, patch)
    })

  function settle(result: { event: 'agree' | 'disagree'; buttonId?: string }, publish = true) {
    const entries = [...resolvers.values()]
    resolvers.clear()
    for (const { resolve } of entries) call(resolve, result)
    if (publish) update()
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
      warned: false,
    })
    // H28: state set inside the listener's synchronous frame may not render on some clients.
    Promise.resolve().then(() => update())
  }
  try {
    host.onNeedPrivacyAuthorization?.(listener)
  } catch (error) {
    // 4c: WeChat then shows its own popup (H21); the app keeps running and the state says why.
    setConsent({ status: 'error', error: toPrivacyError(error, 'onNeedPrivacyAuthorization') })
  }

  /** `getPrivacySetting`; concurrent reads share one call unless `fresh` (the answer must postdate now). */
  function readConsent(fresh: boolean): Promise<ConsentState> {
    if (!gated) return Promise.resolve(store.getState().consent)
    if (consentRead && !fresh) return consentRead
    const version = ++clock
    const status = store.getState().consent.status
    if (status === 'unknown' || status === 'error') setConsent({ status: 'checking' })
    const read: Promise<ConsentState> = invoke(host, 'getPrivacySetting')
      .then(
        (res): Partial<ConsentState> =>
          typeof res.needAuthorization === 'boolean'
            ? {
                status: res.needAuthorization ? 'required' : 'agreed',
                contractName: res.privacyContractName ?? null,
                error: null,
              }
            : // H27: Taro's H5 stub succeeds with neither needAuthorization nor a contract name.
              { status: 'unsupported' },
        (error) => readFailure(error, 'getPrivacySetting'),
      )
      .then((patch) => {
        if (version > consentVersion) {
          consentVersion = version
          setConsent(patch)
        }
        return store.getState().consent
      })
      .finally(() => {
        if (consentRead === read) consentRead = null
      })
    consentRead = read
    return read
  }

  const client: PrivacyClient = {
    // Typed without setState: only the client writes.
    store,
    agreeButtonId: buttonIds[0] as string,
    refresh: () => readConsent(false),

    agree(buttonId) {
      if (typeof buttonId !== 'string' || !buttonIds.includes(buttonId)) {
        throw new PrivacyError('BUTTON_ID_MISMATCH', {
          api: 'agree',
          message: `agree(${JSON.stringify(buttonId)}): agreeButtonId is ${JSON.stringify(buttonIds)}`,
        })
      }
      // H13: the host continues the calls only because this button's agree event fired.
      // Never claim consent WeChat has not recorded: ask it, with a read that starts after the tap, and
      // publish the settled requests with its answer (one render per agree).
      settle({ event: 'agree', buttonId }, false)
      // A host that never answers must not keep the settled requests on screen.
      const late = setTimeout(update, 1000)
      void readConsent(true).then(({ status }) => {
        clearTimeout(late)
        update()
        dev(() => {
          if (status !== 'required') return
          console.warn(
            `[mp-privacy] agree(${JSON.stringify(buttonId)}) was called but WeChat recorded no consent: call it only from the agreeprivacyauthorization event of <button open-type="agreePrivacyAuthorization" id="${buttonId}"> (H13, H17), as <AgreeButton> does. A tap (bindtap/onClick) is not an agreement.`,
          )
        })
      })
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
        if (privacyError.code === 'DISAGREED') {
          consentVersion = ++clock
          setConsent({ status: 'required' })
        }
        throw privacyError
      }
      consentVersion = ++clock
      setConsent({ status: 'agreed', error: null })
    },

    async openContract() {
      await invoke(host, 'openPrivacyContract')
    },

    registerOwner(id = `mp-privacy-owner-${++ownerSeq}`, { kind = 'popup' } = {}) {
      if (owners.has(id)) {
        throw new TypeError(`registerOwner("${id}"): already registered. Dispose it first or use another id.`)
      }
      owners.set(id, kind)
      const toggle = (show: boolean) => {
        visible = visible.filter((other) => other !== id)
        if (show && owners.has(id)) visible.push(id)
        update()
      }
      return {
        id,
        kind,
        show: () => toggle(true),
        hide: () => toggle(false),
        dispose() {
          owners.delete(id)
          toggle(false)
        },
      }
    },

    ...scopeSettings({
      host,
      store,
      update,
      tick: () => ++clock,
      requireConsent: () => client.requireConsent(),
    }),

    destroy() {
      destroyed = true
      owners.clear()
      visible = []
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
