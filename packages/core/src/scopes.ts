/**
 * Every scope `wx.authorize` accepts (H25), in the order WeChat documents them.
 *
 * @example
 * ```ts
 * import { SCOPES } from '@mp-privacy/core'
 * SCOPES.includes('scope.userLocation') // true
 * ```
 */
export const SCOPES = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
  'scope.record',
  'scope.camera',
  'scope.bluetooth',
  'scope.writePhotosAlbum',
  'scope.addPhoneContact',
  'scope.addPhoneCalendar',
  'scope.werun',
  'scope.address',
  'scope.invoiceTitle',
  'scope.invoice',
  'scope.userInfo',
] as const

/**
 * A scope name accepted by `wx.authorize` and reported by `wx.getSetting` (H25).
 *
 * @example
 * ```ts
 * import type { Scope } from '@mp-privacy/core'
 * const scope: Scope = 'scope.userLocation'
 * ```
 */
export type Scope = (typeof SCOPES)[number]

/**
 * Whether a value is one of the scopes WeChat knows.
 *
 * @example
 * ```ts
 * import { isScope } from '@mp-privacy/core'
 * isScope('scope.camera') // true
 * isScope('scope.gps') // false
 * ```
 */
export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value)
}
