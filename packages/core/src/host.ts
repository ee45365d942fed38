import { PrivacyError, type PrivacyErrorCode } from './errors'
import { PLATFORMS, type PlatformId } from './platforms'
import type { Scope } from './scopes'

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
declare const tt: PrivacyHost | undefined
declare const my: PrivacyHost | undefined

/**
 * The platform the code runs on — `'tt'` (Douyin), `'alipay'` (Alipay) or `'weapp'` (WeChat), found by the
 * host's global (`tt`, `my`, `wx`) also under Taro and uni-app, whose builds for each platform call the same
 * globals — and its native host object; `undefined` in H5 and Node.
 *
 * @example
 * ```ts
 * import { detectPlatform } from '@mp-privacy/core'
 * detectPlatform()?.platform // 'weapp' inside WeChat
 * ```
 */
export function detectPlatform(): { platform: PlatformId; host: PrivacyHost } | undefined {
  // Free globals, not `globalThis.x`: older base libraries have no globalThis, and bundlers keep them as is.
  // Douyin and Alipay first: a shim may define `wx` there; WeChat never defines `tt` or `my`.
  if (typeof tt === 'object' && tt) return { platform: 'tt', host: tt }
  if (typeof my === 'object' && my) return { platform: 'alipay', host: my }
  if (typeof wx === 'object' && wx) return { platform: 'weapp', host: wx }
  return undefined
}

/**
 * The native host when the code runs inside a mini program (`tt`, `my` or `wx`; also under Taro and uni-app),
 * adapted to speak WeChat's language by `platformHost`; `undefined` in H5 and Node.
 *
 * @example
 * ```ts
 * import { createPrivacyClient, defaultHost } from '@mp-privacy/core'
 * const client = createPrivacyClient({ host: defaultHost() })
 * ```
 */
export function defaultHost(): PrivacyHost | undefined {
  const found = detectPlatform()
  return found && platformHost(found.host, found.platform)
}

/**
 * The host the client talks to, speaking WeChat's language whatever the platform: scope names are the app's
 * (`scope.userLocation`) on both sides (H33, H38), a scope the platform lacks fails with `SCOPE_UNSUPPORTED`,
 * an undocumented `exposureAuthorization` is not passed on (H32), and Alipay's missing `authorize` answers from
 * `getSetting` (H38). On WeChat the host is returned as it is.
 *
 * @example
 * ```ts
 * import { createPrivacyClient, type PrivacyHost, platformHost } from '@mp-privacy/core'
 * declare const my: PrivacyHost
 * const client = createPrivacyClient({ host: platformHost(my, 'alipay') })
 * platformHost(my, 'alipay').getSetting?.({ success: ({ authSetting }) => console.info(authSetting) }) // { 'scope.userLocation': true }
 * ```
 */
export function platformHost(host: PrivacyHost, platform: PlatformId): PrivacyHost {
  if (platform === 'weapp') return host
  const { scopes, exposure } = PLATFORMS[platform]
  // The other APIs are the host's own, reached through the prototype.
  const adapted: PrivacyHost = Object.create(host)
  const { onNeedPrivacyAuthorization: on, getSetting } = host
  if (on) {
    adapted.onNeedPrivacyAuthorization = (listener) =>
      on.call(host, (resolve, info) =>
        // H32: Douyin and Alipay document agree and disagree only.
        listener(
          (options) => (options.event !== 'exposureAuthorization' || exposure) && resolve(options),
          info,
        ),
      )
  }
  for (const api of ['getSetting', 'openSetting'] as const) {
    const original = host[api]
    if (original) {
      adapted[api] = (options) =>
        original.call(host, {
          ...options,
          success(res) {
            const authSetting: Record<string, boolean> = {}
            for (const [scope, key] of Object.entries(scopes)) {
              if (typeof res.authSetting?.[key] === 'boolean') authSetting[scope] = res.authSetting[key]
            }
            options.success?.({ ...res, authSetting })
          },
        })
    }
  }
  if (host.authorize || getSetting) {
    adapted.authorize = (options) => {
      const key = scopes[options.scope as Scope]
      const fail = (code: PrivacyErrorCode, message: string) =>
        options.fail?.(new PrivacyError(code, { api: 'authorize', message }) as unknown as HostResult)
      if (key === undefined)
        return fail('SCOPE_UNSUPPORTED', `${options.scope} does not exist on ${platform}`)
      if (host.authorize) return host.authorize({ ...options, scope: key })
      // H38: Alipay has no authorize, only the API itself asks: answer what getSetting knows.
      return getSetting?.call(host, {
        success({ authSetting }) {
          const value = authSetting?.[key]
          if (value === undefined) fail('UNSUPPORTED', `No authorize on ${platform}: call the API, it asks`)
          else if (value) options.success?.({ errMsg: 'authorize:ok' })
          else options.fail?.({ errMsg: 'authorize:fail auth deny' })
        },
        fail: (err) => options.fail?.(err),
      })
    }
  }
  return adapted
}

/**
 * The client's host and its platform from its options: the native one (`detectPlatform`, adapted) when `host`
 * is left out, none for `null` (platform `null`), else `host` adapted for `platform` (default `'weapp'`).
 *
 * @example
 * ```ts
 * import { createSimulator } from '@mp-privacy/simulator'
 * const { host, platform } = resolveHost({ host: createSimulator({ platform: 'tt' }).host, platform: 'tt' })
 * ```
 */
export function resolveHost({
  host,
  platform = 'weapp',
}: {
  host?: PrivacyHost | null
  platform?: PlatformId
}): { host: PrivacyHost; platform: PlatformId | null } {
  if (host === null) return { host: {}, platform: null }
  if (host !== undefined) return { host: platformHost(host, platform), platform }
  const found = detectPlatform()
  return found
    ? { host: platformHost(found.host, found.platform), platform: found.platform }
    : { host: {}, platform: null }
}
