import type { PrivacyError } from './errors'
import type { Scope } from './scopes'
import type { ScopeStatus } from './selectors'
import type { ConsentStatus, PrivacyClient, PrivacyState, PrivacyStore, ScopeValue } from './types'

/**
 * The words of the default prompts of `<PrivacyGuard>` and `<ScopeGuard>` in `@mp-privacy/react` and
 * `@mp-privacy/vue`; pass some or all of them as the components' `texts` prop.
 *
 * @example
 * ```ts
 * import type { PrivacyTexts } from '@mp-privacy/core/ui'
 * const english: Partial<PrivacyTexts> = { title: 'Privacy', agree: 'Agree', disagree: 'Decline' }
 * ```
 */
export interface PrivacyTexts {
  /** Heading of the consent prompt. */
  title: string
  /** Shown before the link to the privacy guide. */
  description: string
  /** Agree button. */
  agree: string
  /** Disagree button. */
  disagree: string
  /** Text of the link to the privacy guide while its real name is unknown. */
  openContract: string
  /** `<ScopeGuard>` button shown after a denial: opens Settings. */
  openSettings: string
  /** `<ScopeGuard>` button that asks for the scope. */
  request: string
}

/**
 * The default (Chinese) texts of the adapters' prompts.
 *
 * @example
 * ```ts
 * import { defaultTexts } from '@mp-privacy/core/ui'
 * const texts = { ...defaultTexts, agree: 'Agree' }
 * ```
 */
export const defaultTexts: PrivacyTexts = {
  title: '隐私保护提示',
  description: '使用此功能前，请阅读并同意',
  agree: '同意并继续',
  disagree: '拒绝',
  openContract: '《隐私保护指引》',
  openSettings: '去设置中开启',
  request: '授权使用',
}

/**
 * The open-types of the adapters' `<AgreeButton>`, each of which records consent (H17): the agree button
 * alone, or coupled with a phone-number or user-info flow that runs after the agreement.
 *
 * @example
 * ```ts
 * import type { AgreeOpenType } from '@mp-privacy/core/ui'
 * const openType: AgreeOpenType = 'getPhoneNumber|agreePrivacyAuthorization'
 * ```
 */
export type AgreeOpenType =
  | 'agreePrivacyAuthorization'
  | 'getPhoneNumber|agreePrivacyAuthorization'
  | 'getRealtimePhoneNumber|agreePrivacyAuthorization'
  | 'getUserInfo|agreePrivacyAuthorization'

/**
 * Does nothing: the rejection handler of an action started by a tap (`openContract`, `openSettings`,
 * `requestScope`), whose outcome the store already shows.
 *
 * @example
 * ```ts
 * import { ignore } from '@mp-privacy/core/ui'
 * const onTap = () => void client.openContract().catch(ignore)
 * ```
 */
export function ignore(): void {}

/**
 * Asks WeChat for the consent state unless someone already did (or is doing so). Adapters call it when a
 * component that reads consent mounts.
 *
 * @example
 * ```ts
 * import { checkConsent } from '@mp-privacy/core/ui'
 * checkConsent(client) // one getPrivacySetting, however many components mount
 * ```
 */
export function checkConsent(client: PrivacyClient): void {
  if (client.store.getState().consent.status === 'unknown') void client.refresh()
}

/**
 * Reads the scope settings unless they were read (or are being read) already.
 *
 * @example
 * ```ts
 * import { checkScopes } from '@mp-privacy/core/ui'
 * checkScopes(client) // one getSetting for 20 mounted useScope hooks
 * ```
 */
export function checkScopes(client: PrivacyClient): void {
  if (client.store.getState().scopes.status === 'idle') void client.refreshScopes()
}

const waiting = new WeakMap<PrivacyClient, Promise<void>>()

/**
 * Whether consent lets gated content render: `true` once agreed or when the host has no privacy gate,
 * the `PrivacyError` when reading it failed, otherwise a Promise (one per client) that resolves at the next
 * change of the consent status — what a Suspense boundary or an async `setup()` waits on.
 *
 * @example
 * ```ts
 * import { consentGate } from '@mp-privacy/core/ui'
 * let gate = consentGate(client)
 * while (gate instanceof Promise) gate = (await gate, consentGate(client))
 * ```
 */
export function consentGate(client: PrivacyClient): true | PrivacyError | Promise<void> {
  checkConsent(client)
  const { status, error } = client.store.getState().consent
  if (status === 'agreed' || status === 'unsupported') return true
  if (error && status === 'error') return error
  let promise = waiting.get(client)
  if (!promise) {
    promise = new Promise((resolve) => {
      const unsubscribe = client.store.subscribe((state, previous) => {
        if (state.consent.status === previous.consent.status) return
        unsubscribe()
        waiting.delete(client)
        resolve()
      })
    })
    waiting.set(client, promise)
  }
  return promise
}

/**
 * What a "use my location" button does: consent first, then `authorize` (`client.requestScope`). Resolves
 * `'granted'`, or `'denied'` when the user denies the scope now or denied it before (H25: then offer
 * Settings); rejects with a `PrivacyError` for anything else (e.g. `DISAGREED` when the privacy guide was
 * refused).
 *
 * @example
 * ```ts
 * import { requestScope } from '@mp-privacy/core/ui'
 * if ((await requestScope(client, 'scope.userLocation')) === 'denied') showOpenSettings()
 * ```
 */
export function requestScope(client: PrivacyClient, scope: Scope): Promise<ScopeValue> {
  return client.requestScope(scope)
}

/**
 * What `<PrivacyGuard>` shows for a consent status: the gated `'content'` (agreed, or no gate on this
 * host), `'loading'` while WeChat is being asked, the consent `'prompt'` when this guard shows the page's one
 * prompt (`prompting`: `isPromptVisible(state, guardOwner.id)`), or `'none'` when another owner on the page
 * (the popup of `usePrivacyPrompt`, another guard) shows it.
 *
 * @example
 * ```ts
 * import { privacyGuardView } from '@mp-privacy/core/ui'
 * privacyGuardView('required') // 'prompt'
 * privacyGuardView('required', false) // 'none'
 * ```
 */
export function privacyGuardView(
  status: ConsentStatus,
  prompting = true,
): 'content' | 'loading' | 'prompt' | 'none' {
  return status === 'agreed' || status === 'unsupported'
    ? 'content'
    : status === 'unknown' || status === 'checking'
      ? 'loading'
      : prompting
        ? 'prompt'
        : 'none'
}

/**
 * A page's subscription to the store (the adapters make one per hook). While the page is hidden, changes are
 * held back — WeChat's performance guide: no `setData` on a background page — and `show()` delivers one
 * notification if anything changed meanwhile, so the page catches up when the user sees it. Read the state
 * with its `getState()`: a hidden page that re-renders for its own reasons keeps the state it hid with.
 *
 * @example
 * ```ts
 * import { pageSubscription } from '@mp-privacy/core/ui'
 * const page = pageSubscription(client.store)
 * const unsubscribe = page.subscribe(render)
 * page.hide() // onHide: no render for changes from here on
 * page.show() // onShow: one render when something changed
 * ```
 */
export interface PageSubscription {
  subscribe(listener: () => void): () => void
  /** The state the page renders: the store's, or while hidden the one it had when the page hid. */
  getState(): PrivacyState
  hide(): void
  show(): void
}

/**
 * Creates a `PageSubscription` on `store`.
 *
 * @example
 * ```ts
 * import { pageSubscription } from '@mp-privacy/core/ui'
 * const page = pageSubscription(client.store)
 * ```
 */
export function pageSubscription(store: PrivacyStore): PageSubscription {
  const listeners = new Set<() => void>()
  let hidden: PrivacyState | null = null
  let missed = false
  const notify = () => {
    for (const listener of [...listeners]) listener()
  }
  let unsubscribe: (() => void) | null = null
  return {
    subscribe(listener) {
      listeners.add(listener)
      unsubscribe ??= store.subscribe(() => {
        if (hidden) missed = true
        else notify()
      })
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        unsubscribe?.()
        unsubscribe = null
      }
    },
    getState: () => hidden ?? store.getState(),
    hide() {
      hidden ??= store.getState()
    },
    show() {
      hidden = null
      if (missed) {
        missed = false
        notify()
      }
    },
  }
}

/**
 * What `<ScopeGuard>` shows for a scope status: the `'content'` (granted, or no scope settings on this
 * host), a `'settings'` button after a denial (H25: authorize would fail silently), a `'request'` button, or
 * `'none'` — only its fallback, no button — for a scope this platform lacks (H33, H38: the request would fail
 * with `SCOPE_UNSUPPORTED`).
 *
 * @example
 * ```ts
 * import { scopeGuardView } from '@mp-privacy/core/ui'
 * scopeGuardView('denied') // 'settings'
 * scopeGuardView('scope-unsupported') // 'none'
 * ```
 */
export function scopeGuardView(status: ScopeStatus): 'content' | 'request' | 'settings' | 'none' {
  if (status === 'granted' || status === 'unsupported') return 'content'
  if (status === 'scope-unsupported') return 'none'
  return status === 'denied' ? 'settings' : 'request'
}
