import { isPromptVisible, type PrivacyState } from '@mp-privacy/core'
import { defaultTexts, ignore, type PrivacyTexts, privacyGuardView } from '@mp-privacy/core/ui'
import { Button, Text, View } from '@tarojs/components'
import { type ReactNode, useMemo } from 'react'
import { AgreeButton } from './AgreeButton'
import { usePrivacyClient } from './PrivacyProvider'
import { usePrivacy } from './usePrivacy'
import { usePromptOwner } from './usePromptOwner'

/**
 * Props of `<PrivacyGuard>`.
 *
 * @example
 * ```tsx
 * const props: PrivacyGuardProps = { loading: <Text>…</Text>, texts: { agree: 'Agree' } }
 * ```
 */
export interface PrivacyGuardProps {
  /** Shown once consent is `'agreed'` or `'unsupported'`. */
  children?: ReactNode
  /**
   * The guard's prompt, shown instead of `children` until then — only when this guard shows the page's one
   * prompt; while a popup (`usePrivacyPrompt`) or another guard on the page shows it, the guard shows nothing.
   * Default: a small prompt with the guide's name, agree and disagree.
   */
  fallback?: ReactNode
  /** Shown while consent is `'unknown'` or `'checking'`. Default: nothing. */
  loading?: ReactNode
  /** Words of the default fallback. */
  texts?: Partial<PrivacyTexts>
}

function ConsentPrompt({ texts }: { texts: Partial<PrivacyTexts> | undefined }) {
  const { contractName, disagree, openContract } = usePrivacy()
  const t = { ...defaultTexts, ...texts }
  return (
    <View className="mp-privacy-prompt" ariaRole="dialog" ariaLabel={t.title}>
      <Text>{t.title}</Text>
      <Text>{t.description}</Text>
      <Text id="mp-privacy-contract" onClick={() => void openContract().catch(ignore)}>
        {contractName ?? t.openContract}
      </Text>
      <AgreeButton type="primary">{t.agree}</AgreeButton>
      <Button id="mp-privacy-disagree" onClick={disagree}>
        {t.disagree}
      </Button>
    </View>
  )
}

/**
 * Renders `fallback` instead of `children` until the user has agreed to the privacy guide (or the host has
 * no privacy gate). Asks WeChat on mount when nobody has yet. A page shows one agree prompt: the guard is a
 * prompt owner of kind `'guard'`, and yields to the page's popup while calls are pending.
 *
 * @example
 * ```tsx
 * export default function Profile() {
 *   return (
 *     <PrivacyGuard loading={<Text>加载中…</Text>}>
 *       <Input type="nickname" placeholder="昵称" />
 *     </PrivacyGuard>
 *   )
 * }
 * ```
 */
export function PrivacyGuard({ children, fallback, loading = null, texts }: PrivacyGuardProps) {
  const client = usePrivacyClient()
  const owner = usePromptOwner(client, 'guard')
  const select = useMemo(
    () => (state: PrivacyState) =>
      privacyGuardView(state.consent.status, !!owner.current && isPromptVisible(state, owner.current.id)),
    [owner],
  )
  const view = usePrivacy(select)
  // Fragments keep the return type a JSX element for apps on TypeScript < 5.1.
  if (view !== 'prompt') return <>{view === 'content' ? children : view === 'loading' ? loading : null}</>
  if (fallback !== undefined) return <>{fallback}</>
  return <ConsentPrompt texts={texts} />
}
