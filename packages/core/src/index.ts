export { createPrivacyClient, getDefaultClient } from './client'
export { PrivacyError, type PrivacyErrorCode, toPrivacyError } from './errors'
export {
  defaultHost,
  detectPlatform,
  type HostCallbacks,
  type HostResult,
  type PrivacyHost,
  type PrivacyListener,
  type PrivacyResolveOptions,
  type PrivacySettingResult,
  platformHost,
  type SettingResult,
} from './host'
export { PLATFORMS, type PlatformId, type PlatformSpec } from './platforms'
export { isScope, SCOPES, type Scope } from './scopes'
export { isPromptVisible, type ScopeStatus, selectScopeStatus } from './selectors'
export type {
  ConsentState,
  ConsentStatus,
  PendingRequest,
  PrivacyClient,
  PrivacyClientOptions,
  PrivacyState,
  PrivacyStore,
  PromptOwner,
  PromptOwnerKind,
  ScopesState,
  ScopeValue,
} from './types'
