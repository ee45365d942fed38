import { type PrivacyKey, privacyKeys, type Scope } from './catalog'

/**
 * One entry of `setting_list` (or of an SDK's `sdk_list`) in a privacy guide: a privacy type and what it is
 * used for.
 *
 * @example
 * const entry: PrivacySetting = { privacy_key: 'Location', privacy_text: '展示附近的门店' }
 */
export interface PrivacySetting {
  readonly privacy_key: string
  readonly privacy_text?: string
  readonly privacy_label?: string
}

/**
 * An app's privacy guide as WeChat's third-party platform API `cgi-bin/component/getprivacysetting` returns it
 * (save the response as `privacy.json` and pass it as it is; unknown fields are ignored). The declared privacy
 * types (H6, H7) are the `privacy_key`s of `setting_list` and of every `sdk_privacy_info_list[].sdk_list`, except
 * entries whose `privacy_text` is empty (WeChat treats them as not configured).
 * `privacy_list` (the types WeChat detected in the code) and `privacy_desc` (descriptions of every type
 * WeChat knows) declare nothing.
 *
 * @example
 * const privacy: PrivacySettingFile = {
 *   errcode: 0,
 *   errmsg: 'ok',
 *   setting_list: [{ privacy_key: 'Location', privacy_text: '展示附近的门店', privacy_label: '位置信息' }],
 *   owner_setting: { contact_email: 'privacy@example.com', notice_method: '弹窗' },
 * }
 * const sim = createWechatSimulator({ privacy })
 */
export interface PrivacySettingFile {
  readonly setting_list: readonly PrivacySetting[]
  readonly owner_setting?: {
    readonly contact_email?: string
    readonly contact_phone?: string
    readonly contact_qq?: string
    readonly contact_weixin?: string
    readonly ext_file_media_id?: string
    readonly notice_method?: string
    readonly store_expire_timestamp?: string
  }
  readonly sdk_privacy_info_list?: ReadonlyArray<{
    readonly sdk_name?: string
    readonly sdk_biz_name?: string
    readonly sdk_list?: readonly PrivacySetting[]
  }>
  readonly privacy_desc?: {
    readonly privacy_desc_list?: ReadonlyArray<{
      readonly privacy_key: string
      readonly privacy_desc: string
    }>
  }
  readonly privacy_list?: readonly string[]
  readonly code_exist?: number
  readonly update_time?: number
  readonly errcode?: number
  readonly errmsg?: string
}

/**
 * app.json `permission`: the description WeChat shows in a scope's popup, keyed by scope.
 *
 * @example
 * const permission: AppPermission = { 'scope.userLocation': { desc: '展示附近的门店' } }
 */
export type AppPermission = Readonly<Record<string, { readonly desc?: string }>>

/**
 * What a mini program's own configuration tells the host: app.json / ext.json `requiredPrivateInfos` and
 * `permission`, and its privacy guide. `loadMiniProgram` passes it to `WechatSimulator.configureApp`.
 *
 * @example
 * sim.configureApp({ requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '导航' } } })
 */
export interface AppConfig {
  /** app.json `requiredPrivateInfos` (H23 step 3); `[]` when the app lists none. */
  readonly requiredPrivateInfos?: readonly string[]
  /** app.json `permission`; `{}` when the app has none. */
  readonly permission?: AppPermission
  /** The app's privacy guide: its keys become the declared privacy types (H6, H7). */
  readonly privacy?: PrivacySettingFile
}

/**
 * Scopes WeChat shows a popup for only with a description from app.json `permission`. Without one,
 * `authorize` and the APIs of the scope fail with {@link permissionDescMissing}.
 */
export const describedScopes: ReadonlySet<Scope> = new Set<Scope>([
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
])

/**
 * [open] No source gives the exact text WeChat uses when app.json lacks the scope's `permission.desc`; this is
 * the simulator's choice.
 */
export function permissionDescMissing(api: string): string {
  return `${api}:fail require permission desc`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function keysOf(list: unknown, where: string): PrivacyKey[] {
  if (!Array.isArray(list))
    throw new TypeError(`privacy: ${where} must be an array of { privacy_key, privacy_text }.`)
  // An entry without a purpose (`privacy_text` empty or blank) is "not configured yet" for WeChat: not declared (H7).
  return list.flatMap((entry, index) => {
    const key = isObject(entry) ? entry.privacy_key : undefined
    if (typeof key !== 'string') {
      throw new TypeError(`privacy: ${where}[${index}] has no privacy_key string.`)
    }
    if (!(privacyKeys as readonly string[]).includes(key)) {
      throw new TypeError(
        `privacy: ${where}[${index}].privacy_key '${key}' is not a privacy type WeChat gates; use one of ${privacyKeys.join(', ')}.`,
      )
    }
    const text = isObject(entry) ? entry.privacy_text : undefined
    return typeof text === 'string' && text.trim() === '' ? [] : [key as PrivacyKey]
  })
}

/**
 * The privacy types a privacy guide declares: the keys of `setting_list` and of every SDK's `sdk_list`.
 * Throws a `TypeError` that says what to fix when `file` is not a `getprivacysetting` response.
 *
 * @example
 * declaredKeys({ setting_list: [{ privacy_key: 'Location', privacy_text: '导航' }] }) // ['Location']
 */
export function declaredKeys(file: unknown): PrivacyKey[] {
  if (!isObject(file))
    throw new TypeError('privacy: expected the JSON object of a getprivacysetting response.')
  if (typeof file.errcode === 'number' && file.errcode !== 0) {
    throw new TypeError(
      `privacy: this getprivacysetting response is an error (errcode ${file.errcode}${typeof file.errmsg === 'string' ? `, ${file.errmsg}` : ''}); save a successful one.`,
    )
  }
  if (!('setting_list' in file)) {
    throw new TypeError('privacy: setting_list is missing; pass the getprivacysetting response as it is.')
  }
  const keys = new Set(keysOf(file.setting_list, 'setting_list'))
  const sdks = file.sdk_privacy_info_list ?? []
  if (!Array.isArray(sdks)) throw new TypeError('privacy: sdk_privacy_info_list must be an array.')
  sdks.forEach((sdk, index) => {
    const list = isObject(sdk) ? sdk.sdk_list : undefined
    if (list !== undefined)
      for (const key of keysOf(list, `sdk_privacy_info_list[${index}].sdk_list`)) keys.add(key)
  })
  return [...keys]
}
