import { type AppPermission, declaredKeys } from './appConfig'
import { type PrivacyKey, privacyKeys, requiredPrivateInfoApis } from './catalog'
import { type SimulatedPlatform, type SimulatedPlatformId, simulatedPlatforms } from './platforms'
import type {
  AuthDenyMessage,
  AuthorizePopupBehaviour,
  AuthSetting,
  SimulatedLocation,
  SimulatorOptions,
} from './types'
import { atLeast, versions } from './version'

/** `createWechatSimulator`'s options with every default filled in (the [open] rules' defaults are the spec's). */
export interface HostConfig {
  readonly options: SimulatorOptions
  /** The host simulated: WeChat, Douyin or Alipay (H30–H39). */
  readonly platform: SimulatedPlatform
  readonly baseLibrary: string
  /** H1/H2, H30, H36: the privacy APIs exist. */
  readonly hasPrivacyApis: boolean
  /** H2, H30, H35: gated APIs are gated (the APIs exist and, on Douyin and Alipay, `usePrivacyCheck` is on). */
  readonly gateOn: boolean
  /** H22: gated APIs with a scope popup still to show use the coupled popup. */
  readonly hasCoupledPopup: boolean
  readonly banned: boolean
  readonly contractName: string
  readonly officialPopup: 'agree' | 'disagree' | 'manual'
  readonly authorizePopup: AuthorizePopupBehaviour
  readonly settings: 'manual' | ((authSetting: AuthSetting) => AuthSetting)
  readonly onDuplicateResolve: 'ignore' | 'throw'
  readonly unresolvedFallback: 'pending' | 'officialPopup'
  readonly unresolvedFallbackMs: number
  readonly requireReferrer: string
  readonly requireFailMessage: string
  readonly authDenyMessage: AuthDenyMessage
  readonly location: SimulatedLocation
}

const DEFAULT_LOCATION: SimulatedLocation = {
  latitude: 39.908823,
  longitude: 116.39747,
  speed: -1,
  accuracy: 65,
  altitude: 0,
  verticalAccuracy: 65,
  horizontalAccuracy: 65,
}

/** What to do when both `declared` and `privacy` are given. */
export const PICK_ONE =
  'pass either `declared` or `privacy` (the privacy guide the declared keys come from), not both.'

/** Fills in the defaults; throws a `TypeError` for contradictory options. */
export function resolveConfig(options: SimulatorOptions, id: SimulatedPlatformId = 'weapp'): HostConfig {
  if (options.declared !== undefined && options.privacy !== undefined) {
    throw new TypeError(`createWechatSimulator: ${PICK_ONE}`)
  }
  const platform = simulatedPlatforms[id]
  const baseLibrary = options.baseLibrary ?? platform.defaultBaseLibrary
  const hasPrivacyApis = atLeast(baseLibrary, id === 'weapp' ? versions.privacyApis : platform.minVersion)
  return {
    options,
    platform,
    baseLibrary,
    hasPrivacyApis,
    gateOn: hasPrivacyApis && (!platform.optIn || options.usePrivacyCheck !== false),
    hasCoupledPopup: platform.coupledPopup && atLeast(baseLibrary, versions.coupledPopup),
    banned: options.privacyApiBanned ?? false,
    contractName: options.contractName ?? '《示例小程序隐私保护指引》',
    officialPopup: options.officialPopup ?? 'agree',
    authorizePopup: options.authorizePopup ?? 'allow',
    settings: options.settings ?? ((authSetting: AuthSetting) => authSetting),
    onDuplicateResolve: options.onDuplicateResolve ?? 'ignore',
    unresolvedFallback: options.unresolvedFallback ?? 'pending',
    unresolvedFallbackMs: options.unresolvedFallbackMs ?? 5000,
    requireReferrer: options.requirePrivacyAuthorizeReferrer ?? 'requirePrivacyAuthorize',
    requireFailMessage:
      options.requirePrivacyAuthorizeFailMessage ??
      'requirePrivacyAuthorize:fail privacy permission is not authorized',
    authDenyMessage: options.authDenyMessage ?? 'authorize:fail auth deny',
    location: { ...DEFAULT_LOCATION, ...options.location },
  }
}

/** The privacy types declared at start: the `privacy` file's, `declared`, or all of them unless banned (H7). */
export function initialDeclared(config: HostConfig): PrivacyKey[] {
  const { options } = config
  if (options.privacy !== undefined) return declaredKeys(options.privacy)
  return [...(options.declared ?? (config.banned ? [] : privacyKeys))]
}

/** The scopes `permission` describes; `undefined` stands for "every scope" (no app.json to go by). */
export function describedIn(permission: AppPermission | undefined): ReadonlySet<string> | undefined {
  if (!permission) return undefined
  const scopes = Object.entries(permission).filter(
    ([, entry]) => typeof entry?.desc === 'string' && entry.desc,
  )
  return new Set(scopes.map(([scope]) => scope))
}

/** app.json `requiredPrivateInfos` (H23 step 3) as the test gives it; by default every location API. */
export function requiredPrivateInfosOf(options: SimulatorOptions): ReadonlySet<string> {
  return new Set<string>(options.requiredPrivateInfos ?? requiredPrivateInfoApis)
}
