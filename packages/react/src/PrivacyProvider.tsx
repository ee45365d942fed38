import { getDefaultClient, type PrivacyClient } from '@mp-privacy/core'
import { createContext, type ReactNode, useContext } from 'react'

const PrivacyContext = createContext<PrivacyClient | null>(null)

/**
 * Props of `<PrivacyProvider>`.
 *
 * @example
 * ```tsx
 * const props: PrivacyProviderProps = { client: createPrivacyClient({ agreeButtonId: 'agree-btn' }) }
 * ```
 */
export interface PrivacyProviderProps {
  /** The app's client. Default: `getDefaultClient()` from `@mp-privacy/core` (the native `wx`). */
  client?: PrivacyClient
  children?: ReactNode
}

/**
 * Shares one privacy client with every page. Put it in `app.tsx`: every Taro page renders inside it.
 * Without it (or without `client`), hooks use `getDefaultClient()`.
 *
 * @example
 * ```tsx
 * // src/app.tsx
 * import { createPrivacyClient, PrivacyProvider } from '@mp-privacy/react'
 *
 * const client = createPrivacyClient({ agreeButtonId: 'agree-btn' })
 * export default function App({ children }: { children?: React.ReactNode }) {
 *   return <PrivacyProvider client={client}>{children}</PrivacyProvider>
 * }
 * ```
 */
export function PrivacyProvider({ client, children }: PrivacyProviderProps) {
  return <PrivacyContext.Provider value={client ?? null}>{children}</PrivacyContext.Provider>
}

/**
 * The client of the nearest `<PrivacyProvider>`, or `getDefaultClient()` when none was given.
 *
 * @example
 * ```tsx
 * function LocationButton() {
 *   const client = usePrivacyClient()
 *   return <Button onClick={() => client.ensureScope('scope.userLocation')}>定位</Button>
 * }
 * ```
 */
export function usePrivacyClient(): PrivacyClient {
  return useContext(PrivacyContext) ?? getDefaultClient()
}
