import { SCOPES, type Scope } from './scopes'

/**
 * The mini-program hosts mp-privacy runs on, named as Taro names them (`process.env.TARO_ENV`): WeChat
 * (`weapp`, global `wx`), Douyin (`tt`, global `tt`) and Alipay (`alipay`, global `my`). uni-app's names
 * are `mp-weixin`, `mp-toutiao` and `mp-alipay`.
 *
 * @example
 * ```ts
 * import type { PlatformId } from '@mp-privacy/core'
 * const platform: PlatformId = 'tt'
 * ```
 */
export type PlatformId = 'weapp' | 'tt' | 'alipay'

/**
 * What differs between the hosts, as data: the one definition adapters, the simulator and the audit read.
 *
 * @example
 * ```ts
 * import { PLATFORMS } from '@mp-privacy/core'
 * PLATFORMS.alipay.scopes['scope.userLocation'] // 'location'
 * ```
 */
export interface PlatformSpec {
  /** The host's global object: `wx`, `tt` or `my`. */
  readonly global: 'wx' | 'tt' | 'my'
  /**
   * The base library from which the privacy APIs exist (H1, H30, H36). The client needs no version check: below
   * it `getPrivacySetting` is absent, which makes consent `'unsupported'` (H2).
   */
  readonly minVersion: string
  /**
   * The app's scope name → the host's `authSetting` key (H24, H33, H38). A scope missing here does not exist on
   * this host: asking for it is a `SCOPE_UNSUPPORTED` error.
   */
  readonly scopes: Readonly<Partial<Record<Scope, string>>>
  /** The agree button's event attribute in the compiled template (H13, H31, H37). */
  readonly agreeAttribute: 'bindagreeprivacyauthorization' | 'onAgreePrivacyAuthorization'
  /** Whether `resolve({ event: 'exposureAuthorization' })` is documented (H12, H32). */
  readonly exposure: boolean
}

const same = (...scopes: Scope[]) => Object.fromEntries(scopes.map((scope) => [scope, scope]))

/**
 * The three hosts (H1, H30–H39 in `host-behaviour.md`).
 *
 * @example
 * ```ts
 * import { PLATFORMS } from '@mp-privacy/core'
 * for (const [id, { global, minVersion }] of Object.entries(PLATFORMS)) console.info(id, global, minVersion)
 * ```
 */
export const PLATFORMS: Readonly<Record<PlatformId, PlatformSpec>> = {
  weapp: {
    global: 'wx',
    minVersion: '2.32.3',
    scopes: same(...SCOPES),
    agreeAttribute: 'bindagreeprivacyauthorization',
    exposure: true,
  },
  tt: {
    global: 'tt',
    minVersion: '3.19.0',
    // H33: Douyin's own scope list; saving to the album is `scope.album`.
    scopes: {
      ...same('scope.userLocation', 'scope.record', 'scope.camera', 'scope.address', 'scope.userInfo'),
      'scope.writePhotosAlbum': 'scope.album',
    },
    agreeAttribute: 'bindagreeprivacyauthorization',
    exposure: false,
  },
  alipay: {
    global: 'my',
    minVersion: '2.9.7',
    // H38: no `scope.` prefix, and fewer scopes.
    scopes: {
      'scope.userLocation': 'location',
      'scope.writePhotosAlbum': 'album',
      'scope.camera': 'camera',
      'scope.record': 'audioRecord',
      'scope.userInfo': 'userInfo',
    },
    agreeAttribute: 'onAgreePrivacyAuthorization',
    exposure: false,
  },
}
