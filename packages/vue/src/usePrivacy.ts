import type {
  ConsentState,
  ConsentStatus,
  PendingRequest,
  PrivacyClient,
  PrivacyState,
} from '@mp-privacy/core'
import { checkConsent, consentGate } from '@mp-privacy/core/ui'
import { onMounted, type Ref } from 'vue'
import { usePrivacyClient } from './client'
import { useClientState } from './useClientState'

/**
 * What `usePrivacy()` returns without a selector: readonly refs and actions (destructure it so that
 * templates unwrap the refs).
 *
 * @example
 * ```ts
 * const { status, contractName, pending, openContract }: UsePrivacyResult = usePrivacy()
 * ```
 */
export interface UsePrivacyResult {
  readonly status: Readonly<Ref<ConsentStatus>>
  /** The real name of the privacy guide, e.g. `'《示例小程序隐私保护指引》'` (`null` until WeChat said it). */
  readonly contractName: Readonly<Ref<string | null>>
  /** Gated calls waiting for the user's answer (H10, H11). */
  readonly pending: Readonly<Ref<ReadonlyArray<PendingRequest>>>
  /** `client.agree(buttonId)`: call ONLY from an agree button's `agreeprivacyauthorization` event (H13, H17). Default id: `client.agreeButtonId`. */
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
 * Options of `usePrivacy`: a selector and/or Suspense mode (the same type as in `@mp-privacy/react`).
 *
 * @example
 * ```ts
 * const options: UsePrivacyOptions<number> = { select: (state) => state.pending.length, suspense: true }
 * ```
 */
export interface UsePrivacyOptions<T = UsePrivacyResult> {
  /** Pick a value: the returned ref changes only when it changes (`Object.is`). */
  select?: (state: PrivacyState) => T
  /**
   * Return a Promise for an async `setup()` under `<Suspense>`: it resolves (with the usual result) once
   * consent is `'agreed'` or `'unsupported'`, and rejects with `consent.error` when reading it failed.
   * Vue's `<Suspense>` does not exist in uni-app mini-program builds: use it in Taro Vue or on the web.
   */
  suspense?: boolean
}

type Select<T> = (state: PrivacyState) => T

/** Resolves once consent is `'agreed'` or `'unsupported'` (core's gate); asks WeChat when nobody has yet. */
async function untilConsent(client: PrivacyClient): Promise<'agreed' | 'unsupported'> {
  for (let gate = consentGate(client); gate !== true; gate = consentGate(client)) {
    if (!(gate instanceof Promise)) throw gate
    await gate
  }
  return client.store.getState().consent.status as 'agreed' | 'unsupported'
}

/**
 * The privacy consent of the app. Without a selector: `{ status, contractName, pending, agree, disagree,
 * requireConsent, openContract, refresh }` (readonly refs and actions). With a selector (or `{ select }`): a
 * readonly ref that changes only when the selected value changes. With `{ suspense: true }`: a Promise of
 * the same, for an async `setup()` under `<Suspense>`, settled once consent is `'agreed'` or `'unsupported'`.
 * The first composable to mount asks WeChat once (`getPrivacySetting`).
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { usePrivacy } from '@mp-privacy/vue'
 * const { status, contractName, openContract } = usePrivacy()
 * const pendingCount = usePrivacy((state) => state.pending.length)
 * </script>
 *
 * <template>
 *   <view v-if="status === 'required'" @tap="openContract">阅读 {{ contractName }}（{{ pendingCount }}）</view>
 * </template>
 * ```
 */
export function usePrivacy(): UsePrivacyResult
export function usePrivacy<T>(select: Select<T>): Readonly<Ref<T>>
export function usePrivacy<T>(
  options: UsePrivacyOptions<T> & { select: Select<T>; suspense: true },
): Promise<Readonly<Ref<T>>>
export function usePrivacy(
  options: Omit<UsePrivacyOptions, 'select'> & { suspense: true },
): Promise<UsePrivacyResult>
export function usePrivacy<T>(
  options: UsePrivacyOptions<T> & { select: Select<T>; suspense?: false },
): Readonly<Ref<T>>
export function usePrivacy(
  options: Omit<UsePrivacyOptions, 'select'> & { suspense?: false },
): UsePrivacyResult
export function usePrivacy<T>(
  arg?: Select<T> | UsePrivacyOptions<T>,
): UsePrivacyResult | Readonly<Ref<T>> | Promise<UsePrivacyResult | Readonly<Ref<T>>> {
  const client = usePrivacyClient()
  const { select, suspense } = typeof arg === 'function' ? { select: arg, suspense: false } : (arg ?? {})
  const pick = <V>(selector: Select<V>) => useClientState(client, selector)
  const result = select
    ? pick(select)
    : {
        status: pick((state) => state.consent.status),
        contractName: pick((state) => state.consent.contractName),
        pending: pick((state) => state.pending),
        agree: (buttonId = client.agreeButtonId) => client.agree(buttonId),
        disagree: () => client.disagree(),
        requireConsent: () => client.requireConsent(),
        openContract: () => client.openContract(),
        refresh: () => client.refresh(),
      }
  if (suspense) return untilConsent(client).then(() => result)
  onMounted(() => checkConsent(client))
  return result
}

/**
 * For an async `setup()` under `<Suspense>`: resolves once the user has agreed to the privacy guide (or the
 * host has no privacy gate), so `<Suspense>`'s `#fallback` (e.g. a `<PrivacyGuard>`) shows meanwhile; rejects
 * with `consent.error` when reading it failed. Vue's `<Suspense>` does not exist in uni-app mini-program
 * builds: there, wrap the content in `<PrivacyGuard>` instead.
 *
 * @example
 * ```vue
 * <!-- Profile.vue, rendered as <Suspense><Profile /><template #fallback><PrivacyGuard /></template></Suspense> -->
 * <script setup lang="ts">
 * import { useConsent } from '@mp-privacy/vue'
 * await useConsent()
 * </script>
 * ```
 */
export function useConsent(): Promise<'agreed' | 'unsupported'> {
  return untilConsent(usePrivacyClient())
}
