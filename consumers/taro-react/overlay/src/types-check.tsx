// Type tests of the installed packages, compiled under every tsconfig.*.json of this app (node10, node16,
// bundler; with and without skipLibCheck): a wrong prop or option must be an error, so each
// `@ts-expect-error` below fails the check if the types went missing (turned into `any`).
import { PrivacyError, type Scope } from '@mp-privacy/core'
import { privacyKeys } from '@mp-privacy/core/catalog'
import { defaultTexts } from '@mp-privacy/core/ui'
import { AgreeButton, PrivacyGuard, ScopeGuard, useScope } from '@mp-privacy/react'
import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { installTaro } from '@mp-privacy/simulator/taro'

export const scope: Scope = 'scope.camera'
// @ts-expect-error not a scope
export const notAScope: Scope = 'scope.camra'
export const title: string = defaultTexts.title
export const location: string = privacyKeys.Location.zh
export const isError = (error: unknown): boolean => error instanceof PrivacyError

export function Guards() {
  const camera = useScope('scope.camera')
  // @ts-expect-error not a scope
  useScope('scope.userLocaton')
  return (
    <>
      <PrivacyGuard texts={{ title: '隐私' }}>{camera.status}</PrivacyGuard>
      {/* @ts-expect-error misspelt text key */}
      <PrivacyGuard texts={{ titel: 'x' }} />
      <ScopeGuard scope="scope.userLocation">ok</ScopeGuard>
      {/* @ts-expect-error not a scope */}
      <ScopeGuard scope="scope.userLocaton">ok</ScopeGuard>
      <AgreeButton openType="getPhoneNumber|agreePrivacyAuthorization">同意</AgreeButton>
    </>
  )
}

export async function harness() {
  const sim = createWechatSimulator({ baseLibrary: '3.4.2' })
  // @ts-expect-error unknown option
  createWechatSimulator({ baseLibary: '3.4.2' })
  await installTaro(sim)
  const app = await loadMiniProgram({ root: 'dist', host: sim })
  // @ts-expect-error root is required
  await loadMiniProgram({ host: sim })
  return app.pages.length
}
