import type { Scope } from '@mp-privacy/core'
import { defaultTexts, ignore, type PrivacyTexts, scopeGuardView } from '@mp-privacy/core/ui'
import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'
import { type UseScopeResult, useScope } from './useScope'

/**
 * Props of `<ScopeGuard>`.
 *
 * @example
 * ```tsx
 * const props: ScopeGuardProps = { scope: 'scope.userLocation', fallback: (location) => <Text>{location.status}</Text> }
 * ```
 */
export interface ScopeGuardProps {
  scope: Scope
  /** Shown when the scope is granted (or the host has no scope settings, e.g. H5). */
  children?: ReactNode
  /**
   * Shown otherwise: a node, or a function of the scope's state. Default: a request / open-Settings button, and
   * nothing for a scope this platform lacks (`'scope-unsupported'`, H33, H38).
   */
  fallback?: ReactNode | ((scope: UseScopeResult) => ReactNode)
  /** Words of the default fallback (`request`, `openSettings`). */
  texts?: Partial<PrivacyTexts>
}

/**
 * Renders `children` when the scope is granted; otherwise a fallback that asks for it and, after a denial,
 * opens Settings. When Settings closes it re-reads the scope and shows `children` if now granted — no reload.
 * A scope the platform lacks (e.g. `scope.werun` on Alipay, H38) shows only `fallback`: no button that would
 * fail with `SCOPE_UNSUPPORTED`.
 *
 * @example
 * ```tsx
 * export default function Nearby() {
 *   return (
 *     <ScopeGuard scope="scope.userLocation" texts={{ request: '使用我的位置' }}>
 *       <NearbyStores />
 *     </ScopeGuard>
 *   )
 * }
 * ```
 */
export function ScopeGuard({ scope, children, fallback, texts }: ScopeGuardProps) {
  const state = useScope(scope)
  const view = scopeGuardView(state.status)
  if (view === 'content') return <>{children}</>
  if (fallback !== undefined) return <>{typeof fallback === 'function' ? fallback(state) : fallback}</>
  if (view === 'none') return null
  const t = { ...defaultTexts, ...texts }
  const denied = view === 'settings'
  return (
    <Button
      id={denied ? 'mp-privacy-open-settings' : 'mp-privacy-request'}
      // H26: openSettings runs synchronously inside this tap.
      onClick={() => void (denied ? state.openSettings() : state.request()).catch(ignore)}
    >
      {denied ? t.openSettings : t.request}
    </Button>
  )
}
