import { toPrivacyError } from './errors'
import type { PrivacyHost } from './host'
import { invoke, readFailure } from './hostCall'
import type { Draft } from './scopeSettings'
import type { ConsentState, PrivacyStore } from './types'

/** What the consent methods need from the client that owns them. */
export interface ConsentContext {
  host: PrivacyHost
  store: PrivacyStore
  /** Applies a recipe to the state and publishes it. */
  update(recipe?: (draft: Draft) => void): void
  /** The client's clock: the next version number for a host answer or a user action. */
  tick(): number
}

/** The client's consent: what WeChat says (H6), what `requirePrivacyAuthorize` settles (H19). */
export interface Consent {
  /** `getPrivacySetting`; concurrent reads share one call unless `fresh` (the answer must postdate now). */
  read(fresh: boolean): Promise<ConsentState>
  /** `requirePrivacyAuthorize` as a Promise: resolves once agreed, rejects with a `PrivacyError`. */
  require(): Promise<void>
  /** Stores `patch` unless the host has no privacy gate. */
  set(patch: Partial<ConsentState>): void
}

/**
 * The consent slice of one client. A newer fact is never overwritten by an answer to an older read.
 *
 * @example
 * ```ts
 * const consent = consentReads({ host, store, update, tick: () => ++clock })
 * await consent.read(false) // { status: 'required', contractName: '《示例小程序隐私保护指引》', error: null }
 * ```
 */
export function consentReads({ host, store, update, tick }: ConsentContext): Consent {
  const gated = typeof host.getPrivacySetting === 'function'
  let version = 0
  let current: Promise<ConsentState> | null = null

  const set = (patch: Partial<ConsentState>) =>
    update((draft) => {
      if (draft.consent.status !== 'unsupported') Object.assign(draft.consent, patch)
    })
  const settled = (patch: Partial<ConsentState>) => {
    version = tick()
    set(patch)
  }

  return {
    set,

    read(fresh) {
      if (!gated) return Promise.resolve(store.getState().consent)
      if (current && !fresh) return current
      const started = tick()
      const { status } = store.getState().consent
      if (status === 'unknown' || status === 'error') set({ status: 'checking' })
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
          if (started > version) {
            version = started
            set(patch)
          }
          return store.getState().consent
        })
        .finally(() => {
          if (current === read) current = null
        })
      current = read
      return read
    },

    async require() {
      if (typeof host.requirePrivacyAuthorize !== 'function') return
      try {
        await invoke(host, 'requirePrivacyAuthorize')
      } catch (error) {
        const privacyError = toPrivacyError(error, 'requirePrivacyAuthorize')
        if (privacyError.code === 'DISAGREED') settled({ status: 'required' })
        throw privacyError
      }
      settled({ status: 'agreed', error: null })
    },
  }
}
