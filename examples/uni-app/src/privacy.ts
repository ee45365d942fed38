import { type PrivacyTexts, toPrivacyError } from '@mp-privacy/vue'

/** `<PrivacyGuard>`'s agree button (the client's default id, its first) and the popup's agree button. */
export const GUARD_AGREE_ID = 'agree-btn'
export const POPUP_AGREE_ID = 'popup-agree-btn'

/**
 * Every id an agree button of this app may carry (H13): `createPrivacyClient`'s `agreeButtonId`.
 *
 * @example
 * const client = createPrivacyClient({ agreeButtonId: AGREE_BUTTON_IDS })
 */
export const AGREE_BUTTON_IDS = [GUARD_AGREE_ID, POPUP_AGREE_ID]

/**
 * English words for the library's default fallbacks (its defaults are Chinese).
 *
 * @example
 * <PrivacyGuard :texts="texts">…</PrivacyGuard>
 */
export const texts: Partial<PrivacyTexts> = {
  title: 'Privacy',
  description: 'Before you continue, please read and agree to',
  agree: 'Agree',
  disagree: 'Disagree',
  openContract: 'the privacy guide',
  openSettings: 'Open Settings',
  request: 'Use my location',
}

/**
 * Why a call failed, for the page: the `PrivacyError` code and WeChat's `errMsg`.
 *
 * @example
 * describeError({ errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 })
 * // 'DISAGREED: getLocation:fail privacy permission is not authorized'
 */
export function describeError(error: unknown): string {
  const privacyError = toPrivacyError(error)
  return `${privacyError.code}: ${privacyError.errMsg ?? privacyError.message}`
}

/**
 * Coordinates as the pages show them.
 *
 * @example
 * formatCoordinates({ latitude: 39.908823, longitude: 116.39747 }) // '39.908823, 116.39747'
 */
export function formatCoordinates({ latitude, longitude }: { latitude: number; longitude: number }): string {
  return `${latitude}, ${longitude}`
}

/**
 * The device's location through `uni.getLocation` (a promisified `wx.getLocation`, H28), formatted.
 *
 * @example
 * locate().then((where) => console.info(where)) // '39.908823, 116.39747'
 */
export function locate(): Promise<string> {
  return uni.getLocation({ type: 'gcj02' }).then(formatCoordinates)
}
