/**
 * The version of the privacy guide: `1` the live one (released), `2` the development one (set, not yet released).
 *
 * @example
 * ```ts
 * import type { PrivacyVer } from '@mp-privacy/openapi'
 * const ver: PrivacyVer = 2
 * ```
 */
export type PrivacyVer = 1 | 2

/**
 * One privacy type and its purpose. `privacy_key` is one of WeChat's keys (`@mp-privacy/core/catalog`) or a custom
 * one; `privacy_text` is the purpose, shown as "为了{privacy_text}" — no "为了"/"用于" of your own.
 *
 * @example
 * ```ts
 * import type { PrivacySettingItem } from '@mp-privacy/openapi'
 * const item: PrivacySettingItem = { privacy_key: 'Location', privacy_text: '展示你附近的门店' }
 * ```
 */
export interface PrivacySettingItem {
  privacy_key: string
  privacy_text: string
}

/**
 * The collector (developer): at least one of the four contacts, and `notice_method` (86069 otherwise).
 * `store_expire_timestamp` reads "N天" (86072 otherwise); `ext_file_media_id` comes from
 * {@link PrivacyApi.uploadPrivacyExtFile}.
 *
 * @example
 * ```ts
 * import type { OwnerSetting } from '@mp-privacy/openapi'
 * const owner: OwnerSetting = { contact_email: 'privacy@example.com', notice_method: '弹窗', store_expire_timestamp: '30天' }
 * ```
 */
export interface OwnerSetting {
  contact_phone?: string
  contact_email?: string
  contact_qq?: string
  contact_weixin?: string
  ext_file_media_id?: string
  notice_method: string
  store_expire_timestamp?: string
}

/**
 * A third-party SDK of the mini program and what it collects.
 *
 * @example
 * ```ts
 * import type { SdkPrivacyInfo } from '@mp-privacy/openapi'
 * const sdk: SdkPrivacyInfo = {
 *   sdk_name: '腾讯位置服务', sdk_biz_name: '深圳市腾讯计算机系统有限公司',
 *   sdk_list: [{ privacy_key: 'Location', privacy_text: '计算配送距离' }],
 * }
 * ```
 */
export interface SdkPrivacyInfo {
  sdk_name: string
  sdk_biz_name: string
  sdk_list: PrivacySettingItem[]
}

/**
 * What {@link PrivacyApi.setPrivacySetting} takes: the declaration (a `privacy.json`, or a saved
 * `getprivacysetting` response — extra fields are ignored).
 *
 * @example
 * ```ts
 * import type { PrivacyDeclarationInput } from '@mp-privacy/openapi'
 * const declaration: PrivacyDeclarationInput = {
 *   owner_setting: { contact_email: 'privacy@example.com', notice_method: '弹窗' },
 *   setting_list: [{ privacy_key: 'Clipboard', privacy_text: '粘贴你复制的取件码' }],
 * }
 * ```
 */
export interface PrivacyDeclarationInput {
  owner_setting: OwnerSetting
  setting_list?: readonly PrivacySettingItem[]
  sdk_privacy_info_list?: readonly SdkPrivacyInfo[]
}

/**
 * The body `setprivacysetting` receives.
 *
 * @example
 * ```ts
 * import type { SetPrivacySettingBody } from '@mp-privacy/openapi'
 * const body: SetPrivacySettingBody = { privacy_ver: 1, owner_setting: { contact_qq: '10000', notice_method: '公告' } }
 * ```
 */
export interface SetPrivacySettingBody {
  privacy_ver: PrivacyVer
  owner_setting: OwnerSetting
  setting_list?: PrivacySettingItem[]
  sdk_privacy_info_list?: SdkPrivacyInfo[]
}

/**
 * The `getprivacysetting` response. `privacy_list` is what WeChat's own scan of the last committed code found (it
 * can miss types); `setting_list` and `owner_setting` are the declaration of the version asked for; `code_exist` is 0
 * until code has been committed.
 *
 * @example
 * ```ts
 * import type { GetPrivacySettingResponse } from '@mp-privacy/openapi'
 * const missing = (res: GetPrivacySettingResponse) =>
 *   res.privacy_list.filter((key) => !res.setting_list.some((item) => item.privacy_key === key))
 * ```
 */
export interface GetPrivacySettingResponse {
  errcode: 0
  errmsg: string
  code_exist: 0 | 1
  privacy_list: string[]
  setting_list: (PrivacySettingItem & { privacy_label?: string })[]
  update_time: number
  owner_setting: Required<OwnerSetting>
  privacy_desc: { privacy_desc_list: { privacy_key: string; privacy_desc: string }[] }
  sdk_privacy_info_list?: SdkPrivacyInfo[]
}

/**
 * The file {@link PrivacyApi.uploadPrivacyExtFile} uploads: a `.txt` of at most 100 KB.
 *
 * @example
 * ```ts
 * import type { PrivacyExtFile } from '@mp-privacy/openapi'
 * const file: PrivacyExtFile = { name: 'privacy.txt', content: '本指引是……' }
 * ```
 */
export interface PrivacyExtFile {
  name: string
  content: string | Uint8Array
}

/**
 * `uploadprivacyextfile`'s response: the media id to put in `owner_setting.ext_file_media_id`.
 *
 * @example
 * ```ts
 * import type { UploadPrivacyExtFileResponse } from '@mp-privacy/openapi'
 * const id = (res: UploadPrivacyExtFileResponse) => res.ext_file_media_id
 * ```
 */
export interface UploadPrivacyExtFileResponse {
  errcode: 0
  errmsg: string
  ext_file_media_id: string
}

/**
 * The state of an API that needs an approved application (`get_privacy_interface`): 1 not applied, 2 no
 * permission, 3 applying, 4 rejected, 5 granted.
 *
 * @example
 * ```ts
 * import type { PrivacyInterfaceStatus } from '@mp-privacy/openapi'
 * const granted: PrivacyInterfaceStatus = 5
 * ```
 */
export type PrivacyInterfaceStatus = 1 | 2 | 3 | 4 | 5

/**
 * One API of `get_privacy_interface`'s `interface_list`. `status`, `apply_time` and `audit_id` appear once an
 * application was made; `fail_reason` when it was rejected.
 *
 * @example
 * ```ts
 * import type { PrivacyInterface } from '@mp-privacy/openapi'
 * const granted = (api: PrivacyInterface) => api.status === 5
 * ```
 */
export interface PrivacyInterface {
  api_name: string
  api_ch_name: string
  api_desc: string
  api_link: string
  group_name: string
  status?: PrivacyInterfaceStatus
  apply_time?: number
  audit_id?: number
  fail_reason?: string
}

/**
 * `get_privacy_interface`'s response.
 *
 * @example
 * ```ts
 * import type { GetPrivacyInterfaceResponse } from '@mp-privacy/openapi'
 * const names = (res: GetPrivacyInterfaceResponse) => res.interface_list.map((api) => api.api_name)
 * ```
 */
export interface GetPrivacyInterfaceResponse {
  errcode: 0
  errmsg: string
  interface_list: PrivacyInterface[]
}

/**
 * `apply_privacy_interface`'s request: the API (`wx.getLocation`, case-sensitive), why (at most 300 characters) and
 * at least one of `url_list`, `pic_list` (at most 10), `video_list` (one mp4) showing the use.
 *
 * @example
 * ```ts
 * import type { ApplyPrivacyInterfaceRequest } from '@mp-privacy/openapi'
 * const request: ApplyPrivacyInterfaceRequest = {
 *   api_name: 'wx.getLocation', content: '门店导航需要获取当前位置', pic_list: ['https://example.com/nav.png'],
 * }
 * ```
 */
export interface ApplyPrivacyInterfaceRequest {
  api_name: string
  content: string
  url_list?: string[]
  pic_list?: string[]
  video_list?: string[]
}

/**
 * `apply_privacy_interface`'s response: the application's id (follow it with `getPrivacyInterface`).
 *
 * @example
 * ```ts
 * import type { ApplyPrivacyInterfaceResponse } from '@mp-privacy/openapi'
 * const id = (res: ApplyPrivacyInterfaceResponse) => res.audit_id
 * ```
 */
export interface ApplyPrivacyInterfaceResponse {
  errcode: 0
  errmsg: string
  audit_id: number
}

/**
 * `get_code_privacy_info`'s response: privacy APIs of the committed code without permission, and without
 * configuration (ext.json / `requiredPrivateInfos`), as `wx.getLocation`.
 *
 * @example
 * ```ts
 * import type { GetCodePrivacyInfoResponse } from '@mp-privacy/openapi'
 * const clean = (res: GetCodePrivacyInfoResponse) => res.without_auth_list.length + res.without_conf_list.length === 0
 * ```
 */
export interface GetCodePrivacyInfoResponse {
  errcode: 0
  errmsg: string
  without_auth_list: string[]
  without_conf_list: string[]
}
