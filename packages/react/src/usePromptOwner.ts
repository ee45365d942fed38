import type { PrivacyClient, PromptOwner, PromptOwnerKind } from '@mp-privacy/core'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

/**
 * Makes the calling component a prompt owner of `kind` for its page (`usePrivacyPrompt`: `'popup'`,
 * `<PrivacyGuard>`: `'guard'`): shown on mount and on every page show, hidden on page hide, gone on unload or
 * unmount. The ref holds the owner from the first effect on.
 *
 * @example
 * ```ts
 * const owner = usePromptOwner(usePrivacyClient(), 'guard')
 * const prompting = usePrivacy((state) => !!owner.current && isPromptVisible(state, owner.current.id))
 * ```
 */
export function usePromptOwner(
  client: PrivacyClient,
  kind: PromptOwnerKind,
): { current: PromptOwner | null } {
  const owner = useRef<PromptOwner | null>(null)
  useEffect(() => {
    const handle = client.registerOwner(undefined, { kind })
    owner.current = handle
    handle.show()
    return () => handle.dispose()
  }, [client, kind])
  Taro.useDidShow(() => owner.current?.show())
  // After the page's other onHide hooks: every subscription of the page is paused before the prompt moves.
  Taro.useDidHide(() => void Promise.resolve().then(() => owner.current?.hide()))
  Taro.useUnload(() => owner.current?.dispose())
  return owner
}
