export { createWechatSimulator } from './simulator'
export { gatedApis, privacyKeys, requiredPrivateInfoApis, scopes } from './catalog'
export type { GatedApiName, GatedApiSpec } from './catalog'
export type * from './types'
