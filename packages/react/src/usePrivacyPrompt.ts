import { isPromptVisible } from '@mp-privacy/core'
import { checkConsent } from '@mp-privacy/core/ui'
import { useEffect, useMemo } from 'react'
import { usePrivacyClient } from './PrivacyProvider'
import { memoSelector, useClientState } from './useClientState'
import { usePromptOwner } from './usePromptOwner'

/**
 * What `usePrivacyPrompt()` returns: everything a fully custom privacy popup needs.
 *
 * @example
 * ```tsx
 * const { visible, referrers, contractName, agree, disagree, openContract, agreeButtonId }: UsePrivacyPromptResult =
 *   usePrivacyPrompt()
 * ```
 */
export interface UsePrivacyPromptResult {
  /**
   * Show the prompt now: calls are pending and this popup shows the page's one prompt (core's `prompt`; a
   * `<PrivacyGuard>` on the same page then shows nothing).
   */
  readonly visible: boolean
  /** What asked for consent, e.g. `['getLocation', 'button.getPhoneNumber']` (H10). */
  readonly referrers: readonly string[]
  readonly contractName: string | null
  /** Wire ONLY to `onAgreePrivacyAuthorization` of the button whose `id` is `agreeButtonId` (H13, H17). */
  agree(): void
  disagree(): void
  openContract(): Promise<void>
  /** The `id` your agree button must carry (`client.agreeButtonId`). */
  readonly agreeButtonId: string
}

/**
 * Makes the calling page a place that can show the privacy prompt (core's prompt owner): shown on mount
 * and on every page show, hidden on page hide, gone on unload. When calls wait for consent, `visible` is
 * true on the page the user sees — the prompt moves with the user between pages.
 *
 * @example
 * ```tsx
 * function PrivacyPopup() {
 *   const prompt = usePrivacyPrompt()
 *   if (!prompt.visible) return null
 *   return (
 *     <View>
 *       <Text onClick={prompt.openContract}>{prompt.contractName}</Text>
 *       <Button id={prompt.agreeButtonId} openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={prompt.agree}>
 *         同意
 *       </Button>
 *       <Button onClick={prompt.disagree}>拒绝</Button>
 *     </View>
 *   )
 * }
 * ```
 */
export function usePrivacyPrompt(): UsePrivacyPromptResult {
  const client = usePrivacyClient()
  const owner = usePromptOwner(client, 'popup')
  useEffect(() => checkConsent(client), [client])
  // The owner exists from the effect on; registering it changes the state, so this selector runs again then.
  const select = useMemo(
    () =>
      memoSelector(
        (state) => [
          !!owner.current && isPromptVisible(state, owner.current.id),
          state.pending,
          state.consent.contractName,
        ],
        (visible, pending, contractName): UsePrivacyPromptResult => ({
          visible,
          referrers: pending.map((request) => request.referrer),
          contractName,
          agree: () => client.agree(client.agreeButtonId),
          disagree: client.disagree,
          openContract: client.openContract,
          agreeButtonId: client.agreeButtonId,
        }),
      ),
    [client, owner],
  )
  return useClientState(client, select)
}
