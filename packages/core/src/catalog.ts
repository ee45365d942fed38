import { SCOPES, type Scope } from './scopes'

export type { Scope } from './scopes'

/**
 * Every privacy type (`privacy_key`) a mini program's privacy guide can declare, in the order of the
 * `privacy_desc_list` that the server API `cgi-bin/component/getprivacysetting` returns (H9: 28 keys).
 *
 * @example
 * ```ts
 * import { PRIVACY_KEYS } from '@mp-privacy/core/catalog'
 * PRIVACY_KEYS.length // 28
 * PRIVACY_KEYS.includes('Clipboard') // true
 * ```
 */
export const PRIVACY_KEYS = [
  'UserInfo',
  'Location',
  'Address',
  'Invoice',
  'RunData',
  'Record',
  'Album',
  'Camera',
  'PhoneNumber',
  'Contact',
  'DeviceInfo',
  'EXIDNumber',
  'EXOrderInfo',
  'EXUserPublishContent',
  'EXUserFollowAcct',
  'EXUserOpLog',
  'AlbumWriteOnly',
  'LicensePlate',
  'BlueTooth',
  'CalendarWriteOnly',
  'Email',
  'MessageFile',
  'ChooseLocation',
  'Accelerometer',
  'Compass',
  'DeviceMotion',
  'Gyroscope',
  'Clipboard',
] as const

/**
 * A privacy type (`privacy_key`) of WeChat's privacy guide (H9).
 *
 * @example
 * ```ts
 * import type { PrivacyKey } from '@mp-privacy/core/catalog'
 * const key: PrivacyKey = 'Location'
 * ```
 */
export type PrivacyKey = (typeof PRIVACY_KEYS)[number]

/**
 * The languages the catalog describes things in.
 *
 * @example
 * ```ts
 * import { type CatalogLocale, describeScope } from '@mp-privacy/core/catalog'
 * const locale: CatalogLocale = 'en'
 * describeScope('scope.camera', locale) // 'Camera'
 * ```
 */
export type CatalogLocale = 'zh' | 'en'

/**
 * What the catalog knows about one privacy type.
 *
 * - `zh` is the exact `privacy_desc` WeChat's `getprivacysetting` returns for the key.
 * - `en` is our English rendering: WeChat publishes no English `privacy_desc`. Where WeChat's English
 *   "Mini Program user privacy guide" page names the information (Location, ChooseLocation, Address, Invoice,
 *   Album, Record, Camera, BlueTooth) we follow its wording; the rest are our own faithful translations.
 * - `apis` are the `wx` APIs (or `Object.method`) gated by this type; `components` are the gated components,
 *   written the way `onNeedPrivacyAuthorization` reports them: `tag` or `tag.open-type` (`'button.getPhoneNumber'`).
 * - `scopes` are the `authorize` scopes whose APIs need consent to this type.
 *
 * @example
 * ```ts
 * import { type PrivacyKeyInfo, privacyKeys } from '@mp-privacy/core/catalog'
 * const info: PrivacyKeyInfo<'Clipboard'> = privacyKeys.Clipboard
 * info.apis // ['getClipboardData', 'setClipboardData']
 * ```
 */
export interface PrivacyKeyInfo<K extends PrivacyKey = PrivacyKey> {
  readonly key: K
  readonly zh: string
  readonly en: string
  readonly apis: readonly string[]
  readonly components: readonly string[]
  readonly scopes: readonly Scope[]
}

/**
 * Every privacy type of H9 with its descriptions, APIs, components and scopes. APIs and components follow
 * WeChat's table in "小程序用户隐私保护指引内容介绍"; `getUserInfo`, `<button open-type="getUserInfo">` and
 * `getUserProfile` are listed there as recycled but still gated. `<live-pusher>` both films and records, so it is
 * under `Camera` and `Record`.
 *
 * @example
 * ```ts
 * import { privacyKeys } from '@mp-privacy/core/catalog'
 * privacyKeys.UserInfo.zh // '用户信息（微信昵称、头像）'
 * privacyKeys.PhoneNumber.components // ['button.getPhoneNumber', 'button.getRealtimePhoneNumber']
 * privacyKeys.Location.scopes // ['scope.userLocation', 'scope.userFuzzyLocation', 'scope.userLocationBackground']
 * ```
 */
export const privacyKeys: { readonly [K in PrivacyKey]: PrivacyKeyInfo<K> } = {
  UserInfo: {
    key: 'UserInfo',
    zh: '用户信息（微信昵称、头像）',
    en: 'User information (WeChat nickname, avatar)',
    apis: ['getUserProfile', 'getUserInfo'],
    components: ['button.chooseAvatar', 'input.nickname', 'button.getUserInfo'],
    scopes: ['scope.userInfo'],
  },
  Location: {
    key: 'Location',
    zh: '位置信息',
    en: 'Location information',
    apis: [
      'getLocation',
      'getFuzzyLocation',
      'startLocationUpdate',
      'startLocationUpdateBackground',
      'MapContext.moveToLocation',
    ],
    components: [],
    scopes: ['scope.userLocation', 'scope.userFuzzyLocation', 'scope.userLocationBackground'],
  },
  Address: {
    key: 'Address',
    zh: '地址',
    en: 'Address',
    apis: ['chooseAddress'],
    components: [],
    scopes: ['scope.address'],
  },
  Invoice: {
    key: 'Invoice',
    zh: '发票信息',
    en: 'Invoice information',
    apis: ['chooseInvoice', 'chooseInvoiceTitle'],
    components: [],
    scopes: ['scope.invoiceTitle', 'scope.invoice'],
  },
  RunData: {
    key: 'RunData',
    zh: '微信运动数据',
    en: 'WeRun data',
    apis: ['getWeRunData'],
    components: [],
    scopes: ['scope.werun'],
  },
  Record: {
    key: 'Record',
    zh: '麦克风',
    en: 'Microphone',
    apis: ['startRecord', 'RecorderManager.start', 'joinVoIPChat'],
    components: ['live-pusher'],
    scopes: ['scope.record'],
  },
  Album: {
    key: 'Album',
    zh: '选中的照片或视频信息',
    en: 'Information about the photos or videos you choose',
    apis: ['chooseImage', 'chooseMedia', 'chooseVideo'],
    components: [],
    scopes: [],
  },
  Camera: {
    key: 'Camera',
    zh: '摄像头',
    en: 'Camera',
    apis: ['createVKSession'],
    components: ['camera', 'live-pusher', 'voip-room'],
    scopes: ['scope.camera'],
  },
  PhoneNumber: {
    key: 'PhoneNumber',
    zh: '手机号码',
    en: 'Mobile phone number',
    apis: [],
    components: ['button.getPhoneNumber', 'button.getRealtimePhoneNumber'],
    scopes: [],
  },
  Contact: {
    key: 'Contact',
    zh: '通讯录（仅写入）权限',
    en: 'Contacts (write-only) permission',
    apis: ['addPhoneContact'],
    components: [],
    scopes: ['scope.addPhoneContact'],
  },
  DeviceInfo: {
    key: 'DeviceInfo',
    zh: '设备信息',
    en: 'Device information',
    apis: [],
    components: [],
    scopes: [],
  },
  EXIDNumber: {
    key: 'EXIDNumber',
    zh: '身份证号码',
    en: 'ID card number',
    apis: [],
    components: [],
    scopes: [],
  },
  EXOrderInfo: {
    key: 'EXOrderInfo',
    zh: '订单信息',
    en: 'Order information',
    apis: [],
    components: [],
    scopes: [],
  },
  EXUserPublishContent: {
    key: 'EXUserPublishContent',
    zh: '发布内容',
    en: 'Published content',
    apis: [],
    components: [],
    scopes: [],
  },
  EXUserFollowAcct: {
    key: 'EXUserFollowAcct',
    zh: '所关注账号',
    en: 'Followed accounts',
    apis: [],
    components: [],
    scopes: [],
  },
  EXUserOpLog: {
    key: 'EXUserOpLog',
    zh: '操作日志',
    en: 'Operation logs',
    apis: [],
    components: [],
    scopes: [],
  },
  AlbumWriteOnly: {
    key: 'AlbumWriteOnly',
    zh: '相册（仅写入）权限',
    en: 'Photo album (write-only) permission',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    components: [],
    scopes: ['scope.writePhotosAlbum'],
  },
  LicensePlate: {
    key: 'LicensePlate',
    zh: '车牌号',
    en: 'License plate number',
    apis: ['chooseLicensePlate'],
    components: [],
    scopes: [],
  },
  BlueTooth: {
    key: 'BlueTooth',
    zh: '蓝牙',
    en: 'Bluetooth',
    apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
    components: [],
    scopes: ['scope.bluetooth'],
  },
  CalendarWriteOnly: {
    key: 'CalendarWriteOnly',
    zh: '日历（仅写入）权限',
    en: 'Calendar (write-only) permission',
    apis: ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
    components: [],
    scopes: ['scope.addPhoneCalendar'],
  },
  Email: { key: 'Email', zh: '邮箱', en: 'Email address', apis: [], components: [], scopes: [] },
  MessageFile: {
    key: 'MessageFile',
    zh: '选中的文件',
    en: 'Files you choose',
    apis: ['chooseMessageFile'],
    components: [],
    scopes: [],
  },
  ChooseLocation: {
    key: 'ChooseLocation',
    zh: '选择的位置信息',
    en: 'Location information of your choice',
    apis: ['chooseLocation', 'choosePoi'],
    components: [],
    scopes: [],
  },
  Accelerometer: {
    key: 'Accelerometer',
    zh: '加速传感器',
    en: 'Accelerometer',
    apis: ['startAccelerometer'],
    components: [],
    scopes: [],
  },
  Compass: {
    key: 'Compass',
    zh: '磁场传感器',
    en: 'Magnetic field sensor',
    apis: ['startCompass'],
    components: [],
    scopes: [],
  },
  DeviceMotion: {
    key: 'DeviceMotion',
    zh: '方向传感器',
    en: 'Orientation sensor',
    apis: ['startDeviceMotionListening'],
    components: [],
    scopes: [],
  },
  Gyroscope: {
    key: 'Gyroscope',
    zh: '陀螺仪传感器',
    en: 'Gyroscope',
    apis: ['startGyroscope'],
    components: [],
    scopes: [],
  },
  Clipboard: {
    key: 'Clipboard',
    zh: '剪切板',
    en: 'Clipboard',
    apis: ['getClipboardData', 'setClipboardData'],
    components: [],
    scopes: [],
  },
}

/**
 * What the catalog knows about one `authorize` scope.
 *
 * - `zh` is the description in WeChat's authorize docs' scope list, without the notes in brackets.
 * - `en` is our English rendering; `scope.userLocation`, `scope.userFuzzyLocation`, `scope.record`, `scope.camera`
 *   and `scope.bluetooth` follow WeChat's English authorize page, the rest are our own translations.
 * - `privacyKey` is the privacy type whose consent the scope's APIs need.
 * - `alwaysGranted`: `getSetting` always reads `true` for it (H24), no popup ever asks.
 * - `promptable`: `authorize` can show the system popup for it (H25) — false for `scope.userInfo`, which `authorize`
 *   never grants, and for the always-granted scopes, which need no popup.
 *
 * @example
 * ```ts
 * import { type ScopeInfo, scopes } from '@mp-privacy/core/catalog'
 * const info: ScopeInfo<'scope.camera'> = scopes['scope.camera']
 * info.privacyKey // 'Camera'
 * ```
 */
export interface ScopeInfo<S extends Scope = Scope> {
  readonly scope: S
  readonly privacyKey: PrivacyKey | null
  readonly apis: readonly string[]
  readonly components: readonly string[]
  readonly zh: string
  readonly en: string
  readonly alwaysGranted: boolean
  readonly promptable: boolean
}

/**
 * Every scope of H25 with its APIs, privacy type and descriptions, after WeChat's authorize docs' scope list.
 *
 * @example
 * ```ts
 * import { scopes } from '@mp-privacy/core/catalog'
 * scopes['scope.userLocation'].zh // '精确地理位置'
 * scopes['scope.address'].alwaysGranted // true
 * scopes['scope.userInfo'].promptable // false
 * ```
 */
export const scopes: { readonly [S in Scope]: ScopeInfo<S> } = {
  'scope.userLocation': {
    scope: 'scope.userLocation',
    privacyKey: 'Location',
    apis: ['getLocation', 'startLocationUpdate', 'MapContext.moveToLocation'],
    components: [],
    zh: '精确地理位置',
    en: 'Precise geographic location',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.userFuzzyLocation': {
    scope: 'scope.userFuzzyLocation',
    privacyKey: 'Location',
    apis: ['getFuzzyLocation'],
    components: [],
    zh: '模糊地理位置',
    en: 'Fuzzy geographic location',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.userLocationBackground': {
    scope: 'scope.userLocationBackground',
    privacyKey: 'Location',
    apis: ['startLocationUpdateBackground'],
    components: [],
    zh: '后台定位',
    en: 'Location in the background',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.record': {
    scope: 'scope.record',
    privacyKey: 'Record',
    apis: ['startRecord', 'joinVoIPChat', 'RecorderManager.start'],
    components: ['live-pusher'],
    zh: '麦克风',
    en: 'Microphone',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.camera': {
    scope: 'scope.camera',
    privacyKey: 'Camera',
    apis: ['createVKSession'],
    components: ['camera', 'live-pusher'],
    zh: '摄像头',
    en: 'Camera',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.bluetooth': {
    scope: 'scope.bluetooth',
    privacyKey: 'BlueTooth',
    apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
    components: [],
    zh: '蓝牙',
    en: 'Bluetooth',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.writePhotosAlbum': {
    scope: 'scope.writePhotosAlbum',
    privacyKey: 'AlbumWriteOnly',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    components: [],
    zh: '添加到相册',
    en: 'Add to photo album',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.addPhoneContact': {
    scope: 'scope.addPhoneContact',
    privacyKey: 'Contact',
    apis: ['addPhoneContact'],
    components: [],
    zh: '添加到联系人',
    en: 'Add to contacts',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.addPhoneCalendar': {
    scope: 'scope.addPhoneCalendar',
    privacyKey: 'CalendarWriteOnly',
    apis: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
    components: [],
    zh: '添加到日历',
    en: 'Add to calendar',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.werun': {
    scope: 'scope.werun',
    privacyKey: 'RunData',
    apis: ['getWeRunData'],
    components: [],
    zh: '微信运动步数',
    en: 'WeRun step count',
    alwaysGranted: false,
    promptable: true,
  },
  'scope.address': {
    scope: 'scope.address',
    privacyKey: 'Address',
    apis: ['chooseAddress'],
    components: [],
    zh: '通讯地址',
    en: 'Mailing address',
    alwaysGranted: true,
    promptable: false,
  },
  'scope.invoiceTitle': {
    scope: 'scope.invoiceTitle',
    privacyKey: 'Invoice',
    apis: ['chooseInvoiceTitle'],
    components: [],
    zh: '发票抬头',
    en: 'Invoice title',
    alwaysGranted: true,
    promptable: false,
  },
  'scope.invoice': {
    scope: 'scope.invoice',
    privacyKey: 'Invoice',
    apis: ['chooseInvoice'],
    components: [],
    zh: '获取发票',
    en: 'Get invoices',
    alwaysGranted: true,
    promptable: false,
  },
  'scope.userInfo': {
    scope: 'scope.userInfo',
    privacyKey: 'UserInfo',
    apis: ['getUserInfo'],
    components: [],
    zh: '用户信息',
    en: 'User information',
    alwaysGranted: false,
    promptable: false,
  },
}

/**
 * The privacy type that gates a `wx` API (H9), or `undefined` for an API no privacy type gates.
 * Takes the bare name the referrer uses (`'getLocation'`, `'RecorderManager.start'`), not `'wx.getLocation'`.
 *
 * @example
 * ```ts
 * import { privacyKeyOfApi } from '@mp-privacy/core/catalog'
 * privacyKeyOfApi('chooseMedia') // 'Album'
 * privacyKeyOfApi('request') // undefined
 * ```
 */
export function privacyKeyOfApi(api: string): PrivacyKey | undefined {
  return PRIVACY_KEYS.find((key) => privacyKeys[key].apis.includes(api))
}

/**
 * The `authorize` scope an API needs (H25), or `undefined` for an API that needs none.
 *
 * @example
 * ```ts
 * import { scopeOfApi } from '@mp-privacy/core/catalog'
 * scopeOfApi('getFuzzyLocation') // 'scope.userFuzzyLocation'
 * scopeOfApi('chooseLocation') // undefined
 * ```
 */
export function scopeOfApi(api: string): Scope | undefined {
  return SCOPES.find((scope) => scopes[scope].apis.includes(api))
}

/**
 * The description of a privacy type: WeChat's own `privacy_desc` in Chinese, or our English rendering.
 *
 * @example
 * ```ts
 * import { describePrivacyKey } from '@mp-privacy/core/catalog'
 * describePrivacyKey('Clipboard') // '剪切板'
 * describePrivacyKey('Clipboard', 'en') // 'Clipboard'
 * ```
 */
export function describePrivacyKey(key: PrivacyKey, locale: CatalogLocale = 'zh'): string {
  return privacyKeys[key][locale]
}

/**
 * The description of a scope, as WeChat's authorize docs name it (Chinese) or in English.
 *
 * @example
 * ```ts
 * import { describeScope } from '@mp-privacy/core/catalog'
 * describeScope('scope.userLocation') // '精确地理位置'
 * describeScope('scope.record', 'en') // 'Microphone'
 * ```
 */
export function describeScope(scope: Scope, locale: CatalogLocale = 'zh'): string {
  return scopes[scope][locale]
}

/**
 * Describes what an `onNeedPrivacyAuthorization` referrer (H10) wants, for a prompt's "this page wants your …"
 * text: an API (`'getLocation'`) or component (`'button.getPhoneNumber'`) becomes the description of its privacy
 * type; a component under two types (`'live-pusher'`) lists both; anything else (`'requirePrivacyAuthorize'`)
 * comes back unchanged.
 *
 * @example
 * ```ts
 * import { describeReferrer } from '@mp-privacy/core/catalog'
 * describeReferrer('getLocation') // '位置信息'
 * describeReferrer('button.getPhoneNumber', 'en') // 'Mobile phone number'
 * describeReferrer('requirePrivacyAuthorize') // 'requirePrivacyAuthorize'
 * ```
 */
export function describeReferrer(referrer: string, locale: CatalogLocale = 'zh'): string {
  const byApi = privacyKeyOfApi(referrer)
  const keys = byApi ? [byApi] : PRIVACY_KEYS.filter((key) => privacyKeys[key].components.includes(referrer))
  if (keys.length === 0) return referrer
  return keys.map((key) => privacyKeys[key][locale]).join(locale === 'zh' ? '、' : ', ')
}

/**
 * Whether an entry of a privacy guide's `setting_list` (or of an SDK's `sdk_list`) declares its privacy type (H7).
 * An entry whose `privacy_text` is empty or only whitespace is "not configured yet" for WeChat and declares
 * nothing (WeChat's knowledge base: "setting_list 中对应的 privacy_text 为空，则表示 … 尚未配置",
 * https://developers.weixin.qq.com/doc/knowledge/010411c70d5a7e2a.html); an entry without the field (a
 * `setprivacysetting` body written by hand) declares its type.
 *
 * @example
 * ```ts
 * import { isDeclaredSetting } from '@mp-privacy/core/catalog'
 * isDeclaredSetting({ privacy_key: 'Location', privacy_text: '展示附近的门店' }) // true
 * isDeclaredSetting({ privacy_key: 'Location', privacy_text: '  ' }) // false
 * ```
 */
export function isDeclaredSetting(entry: {
  readonly privacy_key?: unknown
  readonly privacy_text?: unknown
}): boolean {
  return typeof entry.privacy_text !== 'string' || entry.privacy_text.trim() !== ''
}
