/**
 * What went wrong, in terms a UI can act on:
 * - `NOT_DECLARED` — the API's privacy type is missing from the privacy guide (H7, errno 112): fix the guide in the admin console.
 * - `BANNED` — the app was submitted as "collects no personal data" (H7): update the privacy guide.
 * - `DISAGREED` — the user refused the privacy agreement (H14, H21; errno 103/104): explain why and offer to ask again.
 * - `BUTTON_ID_MISMATCH` — `agree()` was given an id no agree button has, or WeChat rejected the id (H13): a bug in the app.
 * - `AUTH_DENIED` — the user denied the scope, now or before (H25): offer to open Settings.
 * - `SCOPE_UNAUTHORIZED` — a scope `authorize` can never grant, such as `scope.userInfo` (H25): use another flow.
 * - `SCOPE_UNSUPPORTED` — the scope does not exist on this platform (H33, H38), e.g. `scope.werun` on Douyin or Alipay: leave the feature out there.
 * - `TAP_REQUIRED` — `openSetting` outside a user's tap (H26): call it synchronously from a tap handler.
 * - `NOT_IN_REQUIRED_PRIVATE_INFOS` — a location API missing from app.json `requiredPrivateInfos` (H23): fix app.json.
 * - `UNSUPPORTED` — the host has no such API (H2, H27, H28).
 * - `HOST_ERROR` — anything else the host reported.
 *
 * @example
 * ```ts
 * import type { PrivacyErrorCode } from '@mp-privacy/core'
 * const offerSettings = (code: PrivacyErrorCode) => code === 'AUTH_DENIED'
 * ```
 */
export type PrivacyErrorCode =
  | 'NOT_DECLARED'
  | 'BANNED'
  | 'DISAGREED'
  | 'BUTTON_ID_MISMATCH'
  | 'AUTH_DENIED'
  | 'SCOPE_UNAUTHORIZED'
  | 'SCOPE_UNSUPPORTED'
  | 'TAP_REQUIRED'
  | 'NOT_IN_REQUIRED_PRIVATE_INFOS'
  | 'UNSUPPORTED'
  | 'HOST_ERROR'

const advice: Record<PrivacyErrorCode, string> = {
  NOT_DECLARED: 'Declare it in the privacy guide.',
  BANNED: 'The app claims to collect no personal data: update its privacy guide.',
  DISAGREED: 'The user refused the privacy guide: explain why, ask again.',
  BUTTON_ID_MISMATCH: "Call agree(id) from the agree button's agreeprivacyauthorization event.",
  AUTH_DENIED: 'Offer openSettings() from a tap.',
  SCOPE_UNAUTHORIZED: 'authorize() cannot grant it: use its button.',
  SCOPE_UNSUPPORTED: 'Leave this feature out on this platform.',
  TAP_REQUIRED: 'Call openSettings() synchronously in a tap handler.',
  NOT_IN_REQUIRED_PRIVATE_INFOS: 'Add it to requiredPrivateInfos in app.json.',
  UNSUPPORTED: 'This host lacks the API.',
  HOST_ERROR: 'See errMsg.',
}

/**
 * The one error type of this library. Switch on `code`; `api`, `errno` and `errMsg` keep what the host said
 * (Douyin's `errNo` and Alipay's `error` / `errorMessage` land in `errno` / `errMsg`).
 *
 * @example
 * ```ts
 * import { PrivacyError } from '@mp-privacy/core'
 * try {
 *   await client.ensureScope('scope.userLocation')
 * } catch (error) {
 *   if (error instanceof PrivacyError && error.code === 'AUTH_DENIED') showOpenSettingsButton()
 * }
 * ```
 */
export class PrivacyError extends Error {
  override readonly name = 'PrivacyError'
  readonly code!: PrivacyErrorCode
  /** The WeChat API that failed, e.g. `'getLocation'`. */
  readonly api!: string | null
  readonly errno!: number | null
  readonly errMsg!: string | null

  constructor(
    code: PrivacyErrorCode,
    {
      api = null,
      errno = null,
      errMsg = null,
      message,
    }: {
      api?: string | null
      errno?: number | null
      errMsg?: string | null
      message?: string
    } = {},
  ) {
    super(`${message ?? errMsg ?? `${code} (${api})`}. ${advice[code]}`)
    Object.assign(this, { code, api, errno, errMsg })
  }
}

// Most specific first: a buttonId failure also says "privacy permission is not authorized".
const patterns: ReadonlyArray<readonly [PrivacyErrorCode, RegExp]> = [
  ['NOT_DECLARED', /not declared/i],
  ['BANNED', /api banned/i],
  ['BUTTON_ID_MISMATCH', /buttonid/i],
  ['DISAGREED', /permission is not auth|隐私/i],
  ['NOT_IN_REQUIRED_PRIVATE_INFOS', /requiredPrivateInfos/i],
  ['TAP_REQUIRED', /tap gesture/i],
  ['SCOPE_UNAUTHORIZED', /scope unauthorized|-12007/i],
  ['AUTH_DENIED', /auth den|authorize no response|-12006|拒绝|不允许/i],
  ['UNSUPPORTED', /暂时不支持|not support|is not a function/i],
]

const errnoCodes: Record<number, PrivacyErrorCode> = {
  112: 'NOT_DECLARED',
  103: 'DISAGREED',
  104: 'DISAGREED',
  // H38: Alipay's `error` for a refused scope popup, refused with "don't ask again", refused before.
  2001: 'AUTH_DENIED',
  2002: 'AUTH_DENIED',
  2003: 'AUTH_DENIED',
}

/**
 * Turns anything a host call can fail with — WeChat's `{ errMsg, errno }`, Douyin's `{ errMsg, errNo }`, Alipay's
 * `{ error, errorMessage }`, an `Error`, a string — into a `PrivacyError`, recognising every spelling the hosts
 * use (H7, H13, H14, H21, H23, H25, H26, H27, H32, H33, H37, H38).
 *
 * @example
 * ```ts
 * import { toPrivacyError } from '@mp-privacy/core'
 * wx.authorize({ scope: 'scope.record', fail: (res) => {
 *   const error = toPrivacyError(res) // error.code === 'AUTH_DENIED' for 'authorize:fail:auth deny'
 * } })
 * ```
 */
export function toPrivacyError(raw: unknown, api?: string): PrivacyError {
  if (raw instanceof PrivacyError) return raw
  const { errMsg, errno, errNo, error, errorMessage, message } = Object(raw) as Record<string, unknown>
  const text =
    [raw, errMsg, errorMessage, message].find((value): value is string => typeof value === 'string') ?? null
  const number = [errno, errNo, error].map(Number).find((value) => value > 0) ?? null
  const code =
    patterns.find(([, pattern]) => pattern.test(text ?? ''))?.[0] ??
    (number === null ? undefined : errnoCodes[number]) ??
    'HOST_ERROR'
  return new PrivacyError(code, {
    api: /^(\w+):/.exec(text ?? '')?.[1] ?? api ?? null,
    errno: number,
    errMsg: text,
  })
}
