/**
 * What went wrong, in terms a UI can act on:
 * - `NOT_DECLARED` — the API's privacy type is missing from the privacy guide (H7, errno 112): fix the guide in the admin console.
 * - `BANNED` — the app was submitted as "collects no personal data" (H7): update the privacy guide.
 * - `DISAGREED` — the user refused the privacy agreement (H14, H21; errno 103/104): explain why and offer to ask again.
 * - `BUTTON_ID_MISMATCH` — `agree()` was given an id no agree button has, or WeChat rejected the id (H13): a bug in the app.
 * - `AUTH_DENIED` — the user denied the scope, now or before (H25): offer to open Settings.
 * - `SCOPE_UNAUTHORIZED` — a scope `authorize` can never grant, such as `scope.userInfo` (H25): use another flow.
 * - `TAP_REQUIRED` — `openSetting` outside a user's tap (H26): call it synchronously from a tap handler.
 * - `NOT_IN_REQUIRED_PRIVATE_INFOS` — a location API missing from app.json `requiredPrivateInfos` (H23): fix app.json.
 * - `UNSUPPORTED` — the host has no such API (H2, H27, H28).
 * - `HOST_ERROR` — anything else WeChat reported.
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
  | 'TAP_REQUIRED'
  | 'NOT_IN_REQUIRED_PRIVATE_INFOS'
  | 'UNSUPPORTED'
  | 'HOST_ERROR'

const advice: Record<PrivacyErrorCode, string> = {
  NOT_DECLARED: 'Declare this privacy type in the privacy guide (mp admin → 用户隐私保护指引).',
  BANNED: 'The app was submitted as collecting no personal data: update its privacy guide.',
  DISAGREED: 'The user did not agree to the privacy guide: explain why and ask again.',
  BUTTON_ID_MISMATCH: "Call agree() from the agree button's agreeprivacyauthorization event, with its id.",
  AUTH_DENIED: 'The user denied this permission: offer client.openSettings() from a tap.',
  SCOPE_UNAUTHORIZED: 'authorize() cannot grant this scope: use its button or API.',
  TAP_REQUIRED: 'Call openSettings() synchronously in a tap handler, before any await.',
  NOT_IN_REQUIRED_PRIVATE_INFOS: 'Add this API to requiredPrivateInfos in app.json.',
  UNSUPPORTED: 'This host lacks the API (base library < 2.32.3, H5 or another platform).',
  HOST_ERROR: 'See errMsg.',
}

/**
 * The one error type of this library. Switch on `code`; `api`, `errno` and `errMsg` keep what WeChat said.
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
  readonly code: PrivacyErrorCode
  readonly api: string | null
  readonly errno: number | null
  readonly errMsg: string | null

  constructor(
    code: PrivacyErrorCode,
    details: { api?: string | null; errno?: number | null; errMsg?: string | null; message?: string } = {},
  ) {
    const { api = null, errno = null, errMsg = null } = details
    super(details.message ?? `${errMsg ?? code}${api && !errMsg ? ` (${api})` : ''}. ${advice[code]}`)
    this.code = code
    this.api = api
    this.errno = errno
    this.errMsg = errMsg
  }
}

// Most specific first: a buttonId failure also says "privacy permission is not authorized".
const patterns: ReadonlyArray<readonly [PrivacyErrorCode, RegExp]> = [
  ['NOT_DECLARED', /not declared in the privacy agreement/i],
  ['BANNED', /privacy api banned/i],
  ['BUTTON_ID_MISMATCH', /buttonid is wrong/i],
  ['DISAGREED', /privacy permission is not authorized/i],
  ['NOT_IN_REQUIRED_PRIVATE_INFOS', /requiredPrivateInfos/i],
  ['TAP_REQUIRED', /user tap gesture/i],
  ['SCOPE_UNAUTHORIZED', /scope unauthorized|-12007/i],
  ['AUTH_DENIED', /auth den|authorize no response|-12006/i],
  ['UNSUPPORTED', /暂时不支持|not support|is not a function/i],
]

const errnoCodes: Record<number, PrivacyErrorCode> = { 112: 'NOT_DECLARED', 103: 'DISAGREED', 104: 'DISAGREED' }

/**
 * Turns anything a host call can fail with — a WeChat `{ errMsg, errno }`, an `Error`, a string — into a
 * `PrivacyError`, recognising every spelling WeChat uses (H7, H13, H14, H21, H23, H25, H26, H27).
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
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const errMsg =
    typeof raw === 'string'
      ? raw
      : typeof record.errMsg === 'string'
        ? record.errMsg
        : raw instanceof Error
          ? raw.message
          : null
  const errno = typeof record.errno === 'number' ? record.errno : null
  const text = errMsg ?? ''
  const match = patterns.find(([, pattern]) => pattern.test(text))
  const code = match?.[0] ?? (errno !== null ? errnoCodes[errno] : undefined) ?? 'HOST_ERROR'
  const named = /^([A-Za-z]\w*):/.exec(text)?.[1]
  return new PrivacyError(code, { api: named ?? api ?? null, errno, errMsg })
}
