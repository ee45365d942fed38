import type { PrivacyClient, PromptOwner, PromptOwnerKind } from '@mp-privacy/core'
import { onMounted, onScopeDispose } from 'vue'
import { onPageEvents } from './pageLifecycle'

/**
 * Makes the calling component a prompt owner of `kind` for its page (`usePrivacyPrompt`: `'popup'`,
 * `<PrivacyGuard>`: `'guard'`; a prompt of your own builds on it the same way): shown on mount and on every page
 * show, hidden on page hide, gone on unload or unmount.
 *
 * @example
 * ```ts
 * // in setup()
 * import { isPromptVisible, usePrivacy, usePrivacyClient, usePromptOwner } from '@mp-privacy/vue'
 * const owner = usePromptOwner(usePrivacyClient(), 'guard')
 * const prompting = usePrivacy((state) => isPromptVisible(state, owner.id))
 * ```
 */
export function usePromptOwner(client: PrivacyClient, kind: PromptOwnerKind): PromptOwner {
  const owner = client.registerOwner(undefined, { kind })
  onMounted(owner.show)
  onPageEvents({
    onShow: owner.show,
    // After the page's other onHide hooks: every subscription of the page is paused before the prompt moves.
    onHide: () => void Promise.resolve().then(owner.hide),
    onUnload: owner.dispose,
  })
  onScopeDispose(owner.dispose)
  return owner
}
