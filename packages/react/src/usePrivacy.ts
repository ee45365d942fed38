import type {
  ConsentState,
  ConsentStatus,
  PendingRequest,
  PrivacyClient,
  PrivacyState,
} from '@mp-privacy/core'
import { checkConsent, consentGate } from '@mp-privacy/core/ui'
import { useEffect, useMemo } from 'react'
import { usePrivacyClient } from './PrivacyProvider'
import { memoSelector, useClientState } from './useClientState'

/**
 * What `usePrivacy()` returns without a selector.
 *
 * @example
 * ```tsx
 * const { status, contractName, pending, openContract }: UsePrivacyResult = usePrivacy()
 * ```
 */
export interface UsePrivacyResult {
  readonly status: ConsentStatus
  /** The real name of the privacy guide, e.g. `'《示例小程序隐私保护指引》'` (`null` until WeChat said it). */
  readonly contractName: string | null
  /** Gated calls waiting for the user's answer (H10, H11). */
  readonly pending: ReadonlyArray<PendingRequest>
  /** `client.agree(buttonId)`: call ONLY from an agree button's `onAgreePrivacyAuthorization` (H13, H17). Default id: `client.agreeButtonId`. */
  agree(buttonId?: string): void
  /** Settles every pending call with `disagree` (H14). */
  disagree(): void
  /** Resolves once the user agreed (H19); rejects with a `PrivacyError` (`DISAGREED`). */
  requireConsent(): Promise<void>
  /** Opens the privacy guide page (H20). */
  openContract(): Promise<void>
  /** Asks WeChat again (`getPrivacySetting`). */
  refresh(): Promise<ConsentState>
}

/**
 * Options of `usePrivacy`: a selector and/or Suspense mode.
 *
 * @example
 * ```tsx
 * const options: UsePrivacyOptions<number> = { select: (state) => state.pending.length, suspense: true }
 * ```
 */
export interface UsePrivacyOptions<T = UsePrivacyResult> {
  /** Pick a value: the component re-renders only when it changes. */
  select?: (state: PrivacyState) => T
  /** Suspend (throw a promise to the nearest `<Suspense>`) until consent is `'agreed'` or `'unsupported'`. */
  suspense?: boolean
}

const selectStatus = (state: PrivacyState) => state.consent.status

function suspendUntilConsent(client: PrivacyClient): void {
  const gate = consentGate(client)
  // A Promise wakes React on the next status change; the render then returns, throws, or suspends again.
  if (gate !== true) throw gate
}

const selectView = (client: PrivacyClient) =>
  memoSelector(
    (state) => [state.consent, state.pending],
    (consent, pending): UsePrivacyResult => ({
      status: consent.status,
      contractName: consent.contractName,
      pending,
      agree: (buttonId = client.agreeButtonId) => client.agree(buttonId),
      // The client's methods don't use `this`.
      disagree: client.disagree,
      requireConsent: client.requireConsent,
      openContract: client.openContract,
      refresh: client.refresh,
    }),
  )

/**
 * The privacy consent of the app. Without a selector: `{ status, contractName, pending, agree, disagree,
 * requireConsent, openContract, refresh }`, re-rendering when consent or the pending calls change. With a
 * selector (or `{ select }`), re-renders only when the selected value changes. With `{ suspense: true }`,
 * suspends until consent is `'agreed'` or `'unsupported'` (and throws `consent.error` to the error boundary
 * when reading it failed). The first hook to mount asks WeChat once (`getPrivacySetting`).
 *
 * @example
 * ```tsx
 * function PendingBadge() {
 *   const count = usePrivacy((state) => state.pending.length)
 *   return count > 0 ? <Text>{count}</Text> : null
 * }
 * ```
 */
export function usePrivacy(): UsePrivacyResult
export function usePrivacy<T>(select: (state: PrivacyState) => T): T
export function usePrivacy<T>(options: UsePrivacyOptions<T> & { select: (state: PrivacyState) => T }): T
export function usePrivacy(options: Omit<UsePrivacyOptions, 'select'>): UsePrivacyResult
export function usePrivacy<T>(
  arg?: ((state: PrivacyState) => T) | UsePrivacyOptions<T>,
): T | UsePrivacyResult {
  const client = usePrivacyClient()
  const options: UsePrivacyOptions<T> = typeof arg === 'function' ? { select: arg } : (arg ?? {})
  const view = useMemo(() => selectView(client), [client])
  const value = useClientState<T | UsePrivacyResult>(client, options.select ?? view)
  useEffect(() => checkConsent(client), [client])
  if (options.suspense) suspendUntilConsent(client)
  return value
}

/**
 * Suspends the calling component until the user has agreed to the privacy guide (or the host has no
 * privacy gate), so a `<Suspense fallback>` around it shows the prompt meanwhile. Returns the settled status.
 *
 * @example
 * ```tsx
 * function Profile() {
 *   useConsent()
 *   return <Text>仅在同意隐私保护指引后显示</Text>
 * }
 * // <Suspense fallback={<PrivacyGuard />}><Profile /></Suspense>
 * ```
 */
export function useConsent(): 'agreed' | 'unsupported' {
  // Suspense returns only once the status is one of these two.
  return usePrivacy({ select: selectStatus, suspense: true }) as 'agreed' | 'unsupported'
}
