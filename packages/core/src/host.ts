/**
 * What WeChat passes to a callback: every result carries `errMsg`, failures often an `errno`.
 *
 * @example
 * ```ts
 * const res: HostResult = { errMsg: 'getLocation:fail auth deny' }
 * ```
 */
export interface HostResult {
  errMsg: string
  errno?: number
}

/**
 * The `success` / `fail` / `complete` trio of WeChat's callback convention.
 *
 * @example
 * ```ts
 * const options: HostCallbacks<HostResult> = { success: (res) => console.info(res.errMsg) }
 * ```
 */
export interface HostCallbacks<T> {
  success?(res: T): void
  fail?(err: HostResult): void
  complete?(res: T | HostResult): void
}

/**
 * The argument of the `resolve` function WeChat hands to the privacy listener (H12–H14).
 *
 * @example
 * ```ts
 * const settle: PrivacyResolveOptions = { event: 'agree', buttonId: 'mp-privacy-agree' }
 * ```
 */
export interface PrivacyResolveOptions {
  event: 'agree' | 'disagree' | 'exposureAuthorization'
  buttonId?: string
}

/**
 * The listener of `wx.onNeedPrivacyAuthorization` as WeChat really calls it (H10). The official
 * typings declare `(res: GeneralCallbackResult) => void`, which is wrong.
 *
 * @example
 * ```ts
 * const listener: PrivacyListener = (resolve, { referrer }) => {
 *   console.info(`${referrer} needs consent`)
 *   resolve({ event: 'disagree' })
 * }
 * ```
 */
export type PrivacyListener = (
  resolve: (options: PrivacyResolveOptions) => void,
  eventInfo: { referrer: string },
) => void

/**
 * The result of `wx.getPrivacySetting` (H6).
 *
 * @example
 * ```ts
 * const res: PrivacySettingResult = { needAuthorization: true, privacyContractName: '《隐私保护指引》', errMsg: 'getPrivacySetting:ok' }
 * ```
 */
export interface PrivacySettingResult extends HostResult {
  needAuthorization?: boolean
  privacyContractName?: string
}

/**
 * The result of `wx.getSetting` and `wx.openSetting` (H24, H26).
 *
 * @example
 * ```ts
 * const res: SettingResult = { authSetting: { 'scope.userLocation': false }, errMsg: 'getSetting:ok' }
 * ```
 */
export interface SettingResult extends HostResult {
  authSetting?: Record<string, boolean>
}

/**
 * The part of `wx` this library uses, typed correctly. Every member is optional: a base library below
 * 2.32.3 has no privacy APIs (H2), and H5 builds have no `wx` at all. Inject any object of this shape
 * (for tests: `createWechatSimulator().wx`). Methods, not function properties, so that `wx` objects typed by
 * other libraries (with their own overloads) are accepted.
 *
 * @example
 * ```ts
 * import { createPrivacyClient, type PrivacyHost } from '@mp-privacy/core'
 * declare const wx: PrivacyHost
 * const client = createPrivacyClient({ host: wx })
 * ```
 */
export interface PrivacyHost {
  getPrivacySetting?(options: HostCallbacks<PrivacySettingResult>): void
  onNeedPrivacyAuthorization?(listener: PrivacyListener): void
  requirePrivacyAuthorize?(options: HostCallbacks<HostResult>): void
  openPrivacyContract?(options: HostCallbacks<HostResult>): void
  getSetting?(options: HostCallbacks<SettingResult> & { withSubscriptions?: boolean }): unknown
  authorize?(options: HostCallbacks<HostResult> & { scope: string }): unknown
  openSetting?(options: HostCallbacks<SettingResult>): unknown
}

declare const wx: PrivacyHost | undefined

/** The native `wx` when the code runs inside a WeChat mini program (also under Taro and uni-app). */
export function defaultHost(): PrivacyHost | undefined {
  // A free `wx`, not `globalThis.wx`: older base libraries have no globalThis, and bundlers keep `wx` as is.
  return typeof wx === 'object' && wx !== null ? wx : undefined
}
