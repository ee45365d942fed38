import type { Scope } from '@mp-privacy/core'
import type { AgreeOpenType, PrivacyTexts } from '@mp-privacy/core/ui'

export type { AgreeOpenType }

/**
 * Props of `<AgreeButton>` (`@mp-privacy/vue/components/AgreeButton.vue`). Its events:
 * `agreeprivacyauthorization` (after `client.agree(id)`), and `getphonenumber`, `getrealtimephonenumber`,
 * `getuserinfo` for the coupled open-types. The label is the default slot.
 *
 * @example
 * ```ts
 * const props: AgreeButtonProps = { openType: 'getPhoneNumber|agreePrivacyAuthorization', type: 'primary' }
 * ```
 */
export interface AgreeButtonProps {
  /** Default `'agreePrivacyAuthorization'`. */
  openType?: AgreeOpenType
  /** Must be one of the client's `agreeButtonId`s. Default: `client.agreeButtonId`. */
  id?: string
  /** The native button's look: mini programs do not pass undeclared attributes through a component. */
  type?: 'primary' | 'default' | 'warn'
  size?: 'default' | 'mini'
  plain?: boolean
  disabled?: boolean
}

/**
 * The event a mini-program `<button>` hands its handler: `detail` is what WeChat reports. `<AgreeButton>`
 * re-emits its button's events with this type.
 *
 * @example
 * ```ts
 * function login(event: ButtonEvent<PhoneNumberDetail>) {
 *   if (event.detail.code) uni.request({ url: 'https://example.com/login', data: { code: event.detail.code } })
 * }
 * ```
 */
export interface ButtonEvent<Detail = Record<string, unknown>> {
  type: string
  detail: Detail
  currentTarget?: { id: string; dataset: Record<string, unknown> }
}

/**
 * `detail` of `getphonenumber` / `getrealtimephonenumber`: `code` to exchange on your server, absent when the
 * user refused (`errMsg` says why).
 *
 * @example
 * ```ts
 * const onPhone = (event: ButtonEvent<PhoneNumberDetail>) => event.detail.code ?? null
 * ```
 */
export interface PhoneNumberDetail {
  errMsg: string
  code?: string
  errno?: number
}

/**
 * Props of `<PrivacyGuard>` (`@mp-privacy/vue/components/PrivacyGuard.vue`). Slots: `default` (shown once
 * consent is `'agreed'` or `'unsupported'`), `fallback` (instead, until then; default: a small prompt with the
 * guide's name, agree and disagree), `loading` (while consent is `'unknown'` or `'checking'`; default: nothing).
 *
 * @example
 * ```ts
 * const props: PrivacyGuardProps = { texts: { agree: 'Agree' } }
 * ```
 */
export interface PrivacyGuardProps {
  /** Words of the default fallback. */
  texts?: Partial<PrivacyTexts>
}

/**
 * Props of `<ScopeGuard>` (`@mp-privacy/vue/components/ScopeGuard.vue`). Slots: `default` (shown when the
 * scope is granted or the host has no scope settings, e.g. H5) and `fallback` (otherwise, with slot props
 * `{ status, request, openSettings, refresh }`; default: a request / open-Settings button, and nothing for a
 * scope the platform lacks, `'scope-unsupported'`, H33, H38).
 *
 * @example
 * ```ts
 * const props: ScopeGuardProps = { scope: 'scope.userLocation', texts: { request: '使用我的位置' } }
 * ```
 */
export interface ScopeGuardProps {
  scope: Scope
  /** Words of the default fallback (`request`, `openSettings`). */
  texts?: Partial<PrivacyTexts>
}
