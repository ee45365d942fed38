import { isPromptVisible } from '@mp-privacy/core'
import { checkConsent } from '@mp-privacy/core/ui'
import { computed, onMounted, type Ref } from 'vue'
import { usePrivacyClient } from './client'
import { useClientState } from './useClientState'
import { usePromptOwner } from './usePromptOwner'

/**
 * What `usePrivacyPrompt()` returns: everything a fully custom privacy popup needs (destructure it so that
 * templates unwrap the refs).
 *
 * @example
 * ```ts
 * const { visible, referrers, contractName, agree, disagree, openContract, agreeButtonId }: UsePrivacyPromptResult =
 *   usePrivacyPrompt()
 * ```
 */
export interface UsePrivacyPromptResult {
  /**
   * Show the prompt now: calls are pending and this popup shows the page's one prompt (core's `prompt`; a
   * `<PrivacyGuard>` on the same page then shows nothing).
   */
  readonly visible: Readonly<Ref<boolean>>
  /** What asked for consent, e.g. `['getLocation', 'button.getPhoneNumber']` (H10). */
  readonly referrers: Readonly<Ref<readonly string[]>>
  readonly contractName: Readonly<Ref<string | null>>
  /** Wire ONLY to `@agreeprivacyauthorization` of the button whose `id` is `agreeButtonId` (H13, H17). */
  agree(): void
  disagree(): void
  openContract(): Promise<void>
  /** The `id` your agree button must carry (`client.agreeButtonId`). */
  readonly agreeButtonId: string
}

/**
 * Makes the calling page a place that can show the privacy prompt (core's prompt owner): shown on mount
 * and on every page show, hidden on page hide, gone on unload or unmount. When calls wait for consent,
 * `visible` is true on the page the user sees — the prompt moves with the user between pages. Page events
 * come from the plugin's `lifecycle` (`uniLifecycle`, `taroLifecycle`).
 *
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { usePrivacyPrompt } from '@mp-privacy/vue'
 * const { visible, contractName, agree, disagree, openContract, agreeButtonId } = usePrivacyPrompt()
 * </script>
 *
 * <template>
 *   <view v-if="visible" class="privacy-popup">
 *     <text @tap="openContract">{{ contractName }}</text>
 *     <button :id="agreeButtonId" open-type="agreePrivacyAuthorization" @agreeprivacyauthorization="agree">同意</button>
 *     <button @tap="disagree">拒绝</button>
 *   </view>
 * </template>
 * ```
 */
export function usePrivacyPrompt(): UsePrivacyPromptResult {
  const client = usePrivacyClient()
  const owner = usePromptOwner(client, 'popup')
  const pending = useClientState(client, (state) => state.pending)
  onMounted(() => checkConsent(client))
  return {
    visible: useClientState(client, (state) => isPromptVisible(state, owner.id)),
    referrers: computed(() => pending.value.map((request) => request.referrer)),
    contractName: useClientState(client, (state) => state.consent.contractName),
    agree: () => client.agree(client.agreeButtonId),
    disagree: () => client.disagree(),
    openContract: () => client.openContract(),
    agreeButtonId: client.agreeButtonId,
  }
}
