export type { AppConfig, AppPermission, PrivacySetting, PrivacySettingFile } from './appConfig'
export type { GatedApiName, GatedApiSpec } from './catalog'
export { gatedApis, privacyKeys, requiredPrivateInfoApis, scopes } from './catalog'
export { type SimulatedPlatform, simulatedPlatforms } from './platforms'
export {
  createAlipaySimulator,
  createDouyinSimulator,
  createSimulator,
  createWechatSimulator,
} from './simulator'
export type * from './types'
