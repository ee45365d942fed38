export { createPrivacyClient, getDefaultClient } from './client'
export { PrivacyError, type PrivacyErrorCode, toPrivacyError } from './errors'
export type {
  HostCallbacks,
  HostResult,
  PrivacyHost,
  PrivacyListener,
  PrivacyResolveOptions,
  PrivacySettingResult,
  SettingResult,
} from './host'
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
