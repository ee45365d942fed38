import { type Scope, scopes } from './catalog'
import type { AuthSetting } from './wxTypes'

/**
 * A simulated host: WeChat (`'weapp'`, global `wx`), Douyin (`'tt'`, global `tt`) or Alipay (`'alipay'`, global
 * `my`), named as Taro names them.
 *
 * @example
 * createSimulator({ platform: 'tt' })
 */
export type SimulatedPlatformId = 'weapp' | 'tt' | 'alipay'

/**
 * How one host differs from WeChat: the data the shared engine reads (host-behaviour.md H30–H39).
 *
 * @example
 * const alipay: SimulatedPlatform = simulatedPlatforms.alipay
 * alipay.hasAuthorize // false
 */
export interface SimulatedPlatform {
  readonly id: SimulatedPlatformId
  readonly global: 'wx' | 'tt' | 'my'
  /** H1, H30, H36: the privacy APIs exist from here. */
  readonly minVersion: string
  readonly defaultBaseLibrary: string
  /** H24, H33, H38: the app-side scope → the host's `authSetting` key; a missing scope does not exist there. */
  readonly scopeKeys: Readonly<Partial<Record<Scope, string>>>
  /** H38: Alipay has no `authorize`. */
  readonly hasAuthorize: boolean
  /** H36 [open]: Alipay documents no `requirePrivacyAuthorize`. */
  readonly hasRequirePrivacyAuthorize: boolean
  /** H22: WeChat couples the privacy checkbox into scope popups. */
  readonly coupledPopup: boolean
  /** H21: after a refusal of the official popup, gated calls fail at once for this long (H34, H39 [open]: 0). */
  readonly refusalWindowMs: number
  /** H17, H31: combined open-types such as `getPhoneNumber|agreePrivacyAuthorization`. */
  readonly combinedAgree: boolean
  /** H4, H30, H35: the gate needs `usePrivacyCheck: true` in app.json (WeChat: always on). */
  readonly optIn: boolean
  /** H23: location APIs must be listed in app.json `requiredPrivateInfos` (WeChat only). */
  readonly requiredPrivateInfos: boolean
  /** H38: app.json `permission` descriptions gate location scopes (WeChat, Douyin; Alipay has none). */
  readonly permissionDesc: boolean
  /** What a failure delivers to `fail` (H32: Douyin's `errMsg`; H37: Alipay's `error` / `errorMessage`). */
  failure(errMsg: string, errno: number | undefined): Record<string, unknown>
}

const same = (...names: Scope[]) => Object.fromEntries(names.map((scope) => [scope, scope]))

/**
 * The three simulated hosts.
 *
 * @example
 * simulatedPlatforms.alipay.scopeKeys['scope.userLocation'] // 'location'
 */
export const simulatedPlatforms: Readonly<Record<SimulatedPlatformId, SimulatedPlatform>> = {
  weapp: {
    id: 'weapp',
    global: 'wx',
    minVersion: '2.32.3',
    defaultBaseLibrary: '3.5.0',
    scopeKeys: same(...scopes),
    hasAuthorize: true,
    hasRequirePrivacyAuthorize: true,
    coupledPopup: true,
    refusalWindowMs: 10_000,
    combinedAgree: true,
    optIn: false,
    requiredPrivateInfos: true,
    permissionDesc: true,
    failure: (errMsg, errno) => (errno === undefined ? { errMsg } : { errMsg, errno }),
  },
  tt: {
    id: 'tt',
    global: 'tt',
    minVersion: '3.19.0',
    defaultBaseLibrary: '3.20.0',
    scopeKeys: {
      ...same('scope.userLocation', 'scope.record', 'scope.camera', 'scope.address', 'scope.userInfo'),
      'scope.writePhotosAlbum': 'scope.album',
    },
    hasAuthorize: true,
    hasRequirePrivacyAuthorize: true,
    coupledPopup: false,
    refusalWindowMs: 0,
    combinedAgree: false,
    optIn: true,
    requiredPrivateInfos: false,
    permissionDesc: true,
    // H32, H34 [open]: Douyin documents no errNo for privacy failures; WeChat's 103/104/112 are not copied.
    failure: (errMsg) => ({ errMsg }),
  },
  alipay: {
    id: 'alipay',
    global: 'my',
    minVersion: '2.9.7',
    defaultBaseLibrary: '2.9.20',
    scopeKeys: {
      'scope.userLocation': 'location',
      'scope.writePhotosAlbum': 'album',
      'scope.camera': 'camera',
      'scope.record': 'audioRecord',
      'scope.userInfo': 'userInfo',
    },
    hasAuthorize: false,
    hasRequirePrivacyAuthorize: false,
    coupledPopup: false,
    refusalWindowMs: 0,
    combinedAgree: false,
    optIn: true,
    requiredPrivateInfos: false,
    permissionDesc: false,
    // H37 [open]: no documented code for a privacy refusal; H38: 2001/2002 for scope refusals.
    failure: (errMsg, errno) =>
      errno !== undefined && errno >= 2000
        ? { error: errno, errorMessage: errMsg }
        : { errorMessage: errMsg },
  },
}

/** `authSetting` in the host's own keys (H33, H38); scopes the host lacks are left out. */
export function toHostKeys(platform: SimulatedPlatform, authSetting: AuthSetting): AuthSetting {
  const mapped: AuthSetting = {}
  for (const [scope, value] of Object.entries(authSetting)) {
    const key = platform.scopeKeys[scope as Scope]
    if (key !== undefined) mapped[key] = value
  }
  return mapped
}

/** The app-side scope for a host key, or `undefined` when the host has no such scope. */
export function fromHostKey(platform: SimulatedPlatform, key: string): Scope | undefined {
  return (Object.keys(platform.scopeKeys) as Scope[]).find((scope) => platform.scopeKeys[scope] === key)
}

/** `authSetting` given in the host's keys, as the simulator stores it (app-side scope names). */
export function fromHostKeys(platform: SimulatedPlatform, authSetting: AuthSetting | undefined): AuthSetting {
  const mapped: AuthSetting = {}
  for (const [key, value] of Object.entries(authSetting ?? {})) {
    const scope = fromHostKey(platform, key)
    if (scope !== undefined) mapped[scope] = value
  }
  return mapped
}
