import { produce } from 'immer'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { consentReads } from './consent'
import { PrivacyError, toPrivacyError } from './errors'
import { resolveHost } from './host'
import { invoke } from './hostCall'
import { pendingRequests } from './pendingRequests'
import { promptOwners } from './promptOwners'
import { type Draft, scopeSettings } from './scopeSettings'
import type { PendingRequest, PrivacyClient, PrivacyClientOptions, PrivacyState, PrivacyStore } from './types'

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
  // The parts: pendingRequests.ts keeps the calls WeChat holds until each is settled once (H10–H14) and follows
  // the prompt (exposure H12, ownerTimeout); promptOwners.ts decides who shows the one prompt; consent.ts reads
  // and requires consent (H6, H19); scopeSettings.ts the scope permissions (H24–H26). `update` only writes the
  // state; the store's first subscriber reports exposure and arms the timers.
  const { host, platform } = resolveHost(options)
  const buttonIds = ([] as string[]).concat(options.agreeButtonId ?? 'mp-privacy-agree')
  const ownerTimeout = options.ownerTimeout ?? 10_000
  if (!(ownerTimeout >= 0)) {
    throw new TypeError(
      `createPrivacyClient(): ownerTimeout must be a number of ms >= 0 (Infinity waits for ever), not ${ownerTimeout}.`,
    )
  }
  const store: PrivacyStore & StoreApi<PrivacyState> = createStore<PrivacyState>()(() => ({
    consent: {
      status: typeof host.getPrivacySetting === 'function' ? 'unknown' : 'unsupported',
      contractName: null,
      error: null,
    },
    pending: [],
    prompt: { ownerId: null, visible: false },
    platform,
    scopes: {
      status: typeof host.getSetting === 'function' ? 'idle' : 'unsupported',
      values: {},
      error: null,
    },
  }))
  const requests = pendingRequests(options.now ?? Date.now, ownerTimeout, update)
  const owners = promptOwners(update)
  // Versions: every host answer and user action gets the next number; an answer to a read that started
  // before a newer fact was stored is dropped (an older getSetting never overwrites openSetting's answer).
  let clock = 0
  const tick = () => ++clock
  let destroyed = false
  // An agree's consent read is running (see agree).
  let confirming = false

  /** Applies `recipe`, then mirrors the pending calls and the prompt owners into the state. Only writes state. */
  function update(recipe?: (draft: Draft) => void) {
    store.setState(
      produce(store.getState(), (draft: Draft) => {
        recipe?.(draft)
        const pending = requests.list()
        if (store.getState().pending !== pending) draft.pending = pending as PendingRequest[]
        const { consent, prompt } = draft
        if (pending.length > 0 && consent.status !== 'unsupported') consent.status = 'required'
        const next = owners.prompt(pending.length, consent.status)
        if (prompt.ownerId !== next.ownerId || prompt.visible !== next.visible) draft.prompt = next
      }),
      true,
    )
  }
  store.subscribe(() => requests.follow(store.getState().prompt))

  const consent = consentReads({ host, store, update, tick })
  const settle = (event: 'agree' | 'disagree') => {
    requests.settle({ event })
    update()
  }
  try {
    host.onNeedPrivacyAuthorization?.((resolve, eventInfo) => {
      if (destroyed) return resolve({ event: 'disagree' })
      requests.add(resolve, eventInfo?.referrer ?? 'unknown')
      // H28: state set inside the listener's synchronous frame may not render on some clients.
      Promise.resolve().then(() => update())
    })
  } catch (error) {
    // WeChat then shows its own popup (H21); the app keeps running and the state says why.
    consent.set({ status: 'error', error: toPrivacyError(error, 'onNeedPrivacyAuthorization') })
  }

  return {
    // Typed without setState: only the client writes.
    store,
    agreeButtonId: buttonIds[0] as string,
    refresh: () => consent.read(false),

    agree(buttonId) {
      if (typeof buttonId !== 'string' || !buttonIds.includes(buttonId)) {
        throw new PrivacyError('BUTTON_ID_MISMATCH', {
          api: 'agree',
          message: `agree(${JSON.stringify(buttonId)}): agreeButtonId is ${JSON.stringify(buttonIds)}`,
        })
      }
      // H39: uni-app's Alipay output binds the agree event under two spellings. Should a host fire both for one
      // tap, the second call finds nothing new pending while the first one's read runs: one tap, one agree.
      if (confirming && requests.list().length === 0) return false
      // H13: the host continues the calls only because this button's agree event fired.
      // Never claim consent WeChat has not recorded: ask it, with a read that starts after the tap, and
      // publish the settled calls with its answer (one render per agree).
      requests.settle({ event: 'agree', buttonId })
      // A host that never answers must not keep the settled calls on screen.
      const late = setTimeout(update, 1000)
      confirming = true
      void consent.read(true).then(({ status }) => {
        confirming = false
        clearTimeout(late)
        update()
        // Development builds only, dropped from release builds (see warnWaiting in pendingRequests.ts).
        if (
          status === 'required' &&
          (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) !== 'production'
        ) {
          console.warn(
            `[mp-privacy] agree(${JSON.stringify(buttonId)}) was called but WeChat recorded no consent: call it only from the agreeprivacyauthorization event of <button open-type="agreePrivacyAuthorization" id="${buttonId}"> (H13, H17), as <AgreeButton> does. A tap (bindtap/onClick) is not an agreement.`,
          )
        }
      })
      return true
    },

    disagree: () => settle('disagree'),
    requireConsent: consent.require,
    async openContract() {
      await invoke(host, 'openPrivacyContract')
    },
    registerOwner: owners.register,
    ...scopeSettings({ host, store, update, tick, requireConsent: consent.require }),

    destroy() {
      destroyed = true
      owners.clear()
      settle('disagree')
    },
  }
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
