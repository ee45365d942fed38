export * from '@mp-privacy/core'
export type { PrivacyTexts } from '@mp-privacy/core/ui'
export {
  createPrivacyPlugin,
  type PrivacyPluginOptions,
  providePrivacyClient,
  usePrivacyClient,
} from './client'
export type {
  AgreeButtonProps,
  AgreeOpenType,
  ButtonEvent,
  PhoneNumberDetail,
  PrivacyGuardProps,
  ScopeGuardProps,
} from './componentProps'
export type { PageEvent, PageLifecycle } from './pageLifecycle'
export { type UsePrivacyOptions, type UsePrivacyResult, useConsent, usePrivacy } from './usePrivacy'
export { type UsePrivacyPromptResult, usePrivacyPrompt } from './usePrivacyPrompt'
export { usePromptOwner } from './usePromptOwner'
export { type UseScopeResult, useScope } from './useScope'
