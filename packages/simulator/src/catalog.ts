/**
 * Every privacy type (`privacy_key`) a privacy guide can declare (H9: the 28 keys of `privacy_desc_list`).
 *
 * @example
 * createWechatSimulator({ declared: privacyKeys.filter((key) => key !== 'Clipboard') })
 */
export const privacyKeys = [
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
 * A privacy type (`privacy_key`) of the privacy guide (H9).
 *
 * @example
 * const key: PrivacyKey = 'Location'
 */
export type PrivacyKey = (typeof privacyKeys)[number]

/**
 * Every scope `wx.authorize` knows (H25).
 *
 * @example
 * scopes.includes('scope.userLocation') // true
 */
export const scopes = [
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
 * A scope of `wx.authorize` (H25).
 *
 * @example
 * const scope: Scope = 'scope.userLocation'
 */
export type Scope = (typeof scopes)[number]

/** H24: these read `true` as soon as they are present in `authSetting`; no popup asks for them. */
export const alwaysGrantedScopes: ReadonlySet<string> = new Set([
  'scope.address',
  'scope.invoice',
  'scope.invoiceTitle',
])

/** H9: `authorize` of these scopes is gated by the privacy type. */
export const scopePrivacyKey: Readonly<Partial<Record<Scope, PrivacyKey>>> = {
  'scope.userLocation': 'Location',
  'scope.userFuzzyLocation': 'Location',
  'scope.userLocationBackground': 'Location',
  'scope.werun': 'RunData',
  'scope.record': 'Record',
  'scope.camera': 'Camera',
}

/** H22: from 3.4.2 `authorize` of these goes straight to the coupled popup, without the listener. */
export const coupledAuthorizeScopes: ReadonlySet<string> = new Set([
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
])

/**
 * How one gated API behaves: its privacy type, its scope and the extra rules it obeys.
 *
 * @example
 * const spec: GatedApiSpec = gatedApis.startRecord // { key: 'Record', scope: 'scope.record', deferred: true }
 */
export interface GatedApiSpec {
  readonly key: PrivacyKey
  readonly scope?: Scope
  /** H23 step 3: must be listed in app.json `requiredPrivateInfos`. */
  readonly requiredPrivateInfo?: true
  /** Like `openSetting` (H26), needs a user tap. */
  readonly needsTap?: true
  /** Settles later (e.g. `startRecord` settles on `stopRecord`). */
  readonly deferred?: true
}

/**
 * The gated APIs the simulated `wx` implements (H9), with their privacy type and scope.
 *
 * @example
 * gatedApis.getLocation // { key: 'Location', scope: 'scope.userLocation', requiredPrivateInfo: true }
 */
export const gatedApis = {
  getLocation: { key: 'Location', scope: 'scope.userLocation', requiredPrivateInfo: true },
  getFuzzyLocation: { key: 'Location', scope: 'scope.userFuzzyLocation', requiredPrivateInfo: true },
  startLocationUpdate: { key: 'Location', scope: 'scope.userLocation', requiredPrivateInfo: true },
  startLocationUpdateBackground: {
    key: 'Location',
    scope: 'scope.userLocationBackground',
    requiredPrivateInfo: true,
  },
  chooseLocation: { key: 'ChooseLocation', requiredPrivateInfo: true },
  choosePoi: { key: 'ChooseLocation', requiredPrivateInfo: true },
  chooseAddress: { key: 'Address', scope: 'scope.address', requiredPrivateInfo: true },
  chooseInvoice: { key: 'Invoice', scope: 'scope.invoice' },
  chooseInvoiceTitle: { key: 'Invoice', scope: 'scope.invoiceTitle' },
  getWeRunData: { key: 'RunData', scope: 'scope.werun' },
  getUserProfile: { key: 'UserInfo', needsTap: true },
  chooseLicensePlate: { key: 'LicensePlate' },
  chooseImage: { key: 'Album' },
  chooseMedia: { key: 'Album' },
  chooseVideo: { key: 'Album' },
  chooseMessageFile: { key: 'MessageFile' },
  startRecord: { key: 'Record', scope: 'scope.record', deferred: true },
  openBluetoothAdapter: { key: 'BlueTooth', scope: 'scope.bluetooth' },
  saveImageToPhotosAlbum: { key: 'AlbumWriteOnly', scope: 'scope.writePhotosAlbum' },
  saveVideoToPhotosAlbum: { key: 'AlbumWriteOnly', scope: 'scope.writePhotosAlbum' },
  addPhoneContact: { key: 'Contact', scope: 'scope.addPhoneContact' },
  addPhoneCalendar: { key: 'CalendarWriteOnly', scope: 'scope.addPhoneCalendar' },
  addPhoneRepeatCalendar: { key: 'CalendarWriteOnly', scope: 'scope.addPhoneCalendar' },
  startAccelerometer: { key: 'Accelerometer' },
  startCompass: { key: 'Compass' },
  startDeviceMotionListening: { key: 'DeviceMotion' },
  startGyroscope: { key: 'Gyroscope' },
  getClipboardData: { key: 'Clipboard' },
  setClipboardData: { key: 'Clipboard' },
} as const satisfies Record<string, GatedApiSpec>

/**
 * Names of the gated APIs the simulated `wx` implements.
 *
 * @example
 * const api: GatedApiName = 'getClipboardData'
 */
export type GatedApiName = keyof typeof gatedApis

/**
 * Every API the simulator checks against `requiredPrivateInfos` (H23 step 3); the default value of that option.
 *
 * @example
 * createWechatSimulator({ requiredPrivateInfos: requiredPrivateInfoApis.filter((api) => api !== 'getLocation') })
 */
export const requiredPrivateInfoApis: readonly GatedApiName[] = (
  Object.keys(gatedApis) as GatedApiName[]
).filter((name) => (gatedApis[name] as GatedApiSpec).requiredPrivateInfo === true)

/** H10/H18: privacy types of the components `useComponent` can simulate. */
export const componentPrivacyKey = {
  'button.getPhoneNumber': 'PhoneNumber',
  'button.getRealtimePhoneNumber': 'PhoneNumber',
  'button.chooseAvatar': 'UserInfo',
  'input.nickname': 'UserInfo',
  camera: 'Camera',
} as const satisfies Record<string, PrivacyKey>

/**
 * Components whose use goes through the privacy gate (H10, H18).
 *
 * @example
 * await sim.useComponent('button.getPhoneNumber')
 */
export type ComponentReferrer = keyof typeof componentPrivacyKey
