export type { GatedApiName, GatedApiSpec } from './catalog'
export { gatedApis, privacyKeys, requiredPrivateInfoApis, scopes } from './catalog'
export { createWechatSimulator } from './simulator'
export type * from './types'
