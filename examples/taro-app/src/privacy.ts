import { createPrivacyClient, type PrivacyTexts, toPrivacyError } from '@mp-privacy/react'
import { platform } from './platform'

/**
 * The id of `<PrivacyGuard>`'s agree button: the client's first (default) agree button id.
 *
 * @example
 * await home.agree(`#${GUARD_AGREE_ID}`)
 */
export const GUARD_AGREE_ID = 'agree-btn'

/**
 * The id of the popup's agree button (`PrivacyPopup`). H13: every id `client.agree` accepts is listed here.
 *
 * @example
 * <AgreeButton id={POPUP_AGREE_ID}>Agree</AgreeButton>
 */
export const POPUP_AGREE_ID = 'popup-agree-btn'

/**
 * The app's one privacy client: it owns WeChat's single `onNeedPrivacyAuthorization` listener (H3), so it is
 * created once, when the app starts.
 *
 * @example
 * <PrivacyProvider client={privacyClient}>{children}</PrivacyProvider>
 */
export const privacyClient = createPrivacyClient({
  ...platform.hostOption,
  agreeButtonId: [GUARD_AGREE_ID, POPUP_AGREE_ID],
})

/**
 * English words for the library's default fallbacks; none (the library's Chinese defaults) in the demo opened
 * with `?lang=zh-CN`.
 *
 * @example
 * <PrivacyGuard texts={texts}>…</PrivacyGuard>
 */
export const texts: Partial<PrivacyTexts> =
  platform.locale === 'zh-CN'
    ? {}
    : {
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
