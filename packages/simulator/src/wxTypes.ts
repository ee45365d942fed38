import type { GatedApiName } from './catalog'

/**
 * `authSetting` as WeChat reports it (H24): a missing scope was never asked, `false` was denied.
 *
 * @example
 * const authSetting: AuthSetting = { 'scope.userLocation': true, 'scope.record': false }
 */
export type AuthSetting = Record<string, boolean>

/**
 * What every WeChat callback receives.
 *
 * @example
 * const res: WxResult = { errMsg: 'openBluetoothAdapter:ok' }
 */
export interface WxResult {
  errMsg: string
}

/**
 * What `fail` receives and a Promise rejects with.
 *
 * @example
 * const err: WxError = { errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 }
 */
export interface WxError {
  errMsg: string
  errno?: number
}

/**
 * WeChat's `success` / `fail` / `complete` callbacks.
 *
 * @example
 * const callbacks: WxCallbacks<WxResult> = { success: (res) => console.log(res.errMsg) }
 */
export interface WxCallbacks<R> {
  success?: (res: R) => void
  fail?: (err: WxError) => void
  complete?: (res: R | WxError) => void
}

/**
 * Callbacks with at least one of them given: the base library then returns `undefined` instead of a Promise.
 *
 * @example
 * const options: WithCallback<WxResult> = { fail: (err) => console.log(err.errno) }
 */
export type WithCallback<R> =
  | (WxCallbacks<R> & { success: (res: R) => void })
  | (WxCallbacks<R> & { fail: (err: WxError) => void })
  | (WxCallbacks<R> & { complete: (res: R | WxError) => void })

/**
 * A WeChat async API whose options are optional: a Promise without callbacks, `undefined` with them.
 *
 * @example
 * const res = await sim.wx.getLocation() // Promise form
 * sim.wx.getLocation({ success: (res) => console.log(res.latitude) }) // returns undefined
 */
export interface AsyncApi<O extends object, R> {
  (options: O & WithCallback<R>): undefined
  (options?: O): Promise<R>
}

/**
 * A WeChat async API whose options are required.
 *
 * @example
 * await sim.wx.authorize({ scope: 'scope.record' })
 */
export interface AsyncApiWithOptions<O extends object, R> {
  (options: O & WithCallback<R>): undefined
  (options: O): Promise<R>
}

/**
 * What `resolve` accepts inside the `onNeedPrivacyAuthorization` listener (H12–H14).
 *
 * @example
 * resolve({ event: 'agree', buttonId: 'agree-btn' })
 */
export interface PrivacyResolveOptions {
  event: 'agree' | 'disagree' | 'exposureAuthorization'
  buttonId?: string
}

/**
 * The `onNeedPrivacyAuthorization` listener, typed correctly (the public typings get it wrong).
 *
 * @example
 * const listener: NeedPrivacyAuthorizationListener = (resolve, { referrer }) => {
 *   console.log(referrer)
 *   resolve({ event: 'exposureAuthorization' })
 * }
 */
export type NeedPrivacyAuthorizationListener = (
  resolve: (options: PrivacyResolveOptions) => void,
  eventInfo: { referrer: string },
) => void

/**
 * `getPrivacySetting` success result (H6).
 *
 * @example
 * sim.wx.getPrivacySetting?.({ success: (res) => console.log(res.needAuthorization) })
 */
export interface PrivacySettingResult extends WxResult {
  needAuthorization: boolean
  privacyContractName: string
}

/**
 * `getSetting` success result (H24).
 *
 * @example
 * const { authSetting } = await sim.wx.getSetting()
 */
export interface GetSettingResult extends WxResult {
  authSetting: AuthSetting
  subscriptionsSetting?: { mainSwitch: boolean; itemSettings: Record<string, string> }
}

/**
 * `openSetting` success result (H26).
 *
 * @example
 * const { authSetting } = await sim.userTap(() => sim.wx.openSetting())
 */
export interface OpenSettingResult extends WxResult {
  authSetting: AuthSetting
}

/**
 * `getLocation` success result.
 *
 * @example
 * const { latitude, longitude } = await sim.wx.getLocation()
 */
export interface LocationResult extends WxResult {
  latitude: number
  longitude: number
  speed: number
  accuracy: number
  altitude: number
  verticalAccuracy: number
  horizontalAccuracy: number
}

/**
 * `getFuzzyLocation` success result.
 *
 * @example
 * const { latitude } = await sim.wx.getFuzzyLocation()
 */
export interface FuzzyLocationResult extends WxResult {
  latitude: number
  longitude: number
}

/**
 * `chooseLocation` success result.
 *
 * @example
 * const { name, address } = await sim.wx.chooseLocation()
 */
export interface ChooseLocationResult extends WxResult {
  name: string
  address: string
  latitude: number
  longitude: number
}

/**
 * `chooseAddress` success result.
 *
 * @example
 * const { userName, telNumber } = await sim.wx.chooseAddress()
 */
export interface ChooseAddressResult extends WxResult {
  userName: string
  postalCode: string
  provinceName: string
  cityName: string
  countyName: string
  streetName: string
  detailInfo: string
  detailInfoNew: string
  nationalCode: string
  telNumber: string
}

/**
 * `chooseInvoiceTitle` success result.
 *
 * @example
 * const { title, taxNumber } = await sim.wx.chooseInvoiceTitle()
 */
export interface InvoiceTitleResult extends WxResult {
  type: string
  title: string
  taxNumber: string
  companyAddress: string
  telephone: string
  bankName: string
  bankAccount: string
}

/**
 * `getWeRunData` success result.
 *
 * @example
 * const { encryptedData, iv } = await sim.wx.getWeRunData()
 */
export interface WeRunDataResult extends WxResult {
  encryptedData: string
  iv: string
}

/**
 * `getUserProfile` success result (the anonymous profile WeChat hands out since 2022).
 *
 * @example
 * const { userInfo } = await sim.userTap(() => sim.wx.getUserProfile({ desc: 'profile' }))
 */
export interface UserProfileResult extends WxResult {
  userInfo: {
    nickName: string
    avatarUrl: string
    gender: number
    country: string
    province: string
    city: string
    language: string
  }
  rawData: string
  signature: string
  encryptedData: string
  iv: string
}

/**
 * `chooseImage` success result.
 *
 * @example
 * const { tempFilePaths } = await sim.wx.chooseImage()
 */
export interface ChooseImageResult extends WxResult {
  tempFilePaths: string[]
  tempFiles: { path: string; size: number }[]
}

/**
 * `chooseMedia` success result.
 *
 * @example
 * const { tempFiles } = await sim.wx.chooseMedia()
 */
export interface ChooseMediaResult extends WxResult {
  type: 'image' | 'video' | 'mix'
  tempFiles: {
    tempFilePath: string
    size: number
    duration: number
    height: number
    width: number
    thumbTempFilePath: string
    fileType: 'image' | 'video'
  }[]
}

/**
 * `chooseVideo` success result.
 *
 * @example
 * const { tempFilePath } = await sim.wx.chooseVideo()
 */
export interface ChooseVideoResult extends WxResult {
  tempFilePath: string
  duration: number
  size: number
  height: number
  width: number
}

/**
 * `chooseMessageFile` success result.
 *
 * @example
 * const { tempFiles } = await sim.wx.chooseMessageFile()
 */
export interface ChooseMessageFileResult extends WxResult {
  tempFiles: { path: string; size: number; name: string; type: string; time: number }[]
}

/**
 * `startRecord` success result (delivered on `stopRecord`).
 *
 * @example
 * const recording = sim.wx.startRecord()
 * sim.wx.stopRecord()
 * const { tempFilePath } = await recording
 */
export interface RecordResult extends WxResult {
  tempFilePath: string
}

/**
 * `getClipboardData` success result.
 *
 * @example
 * const { data } = await sim.wx.getClipboardData()
 */
export interface ClipboardResult extends WxResult {
  data: string
}

/**
 * `chooseLicensePlate` success result.
 *
 * @example
 * const { plateNumber } = await sim.wx.chooseLicensePlate()
 */
export interface LicensePlateResult extends WxResult {
  plateNumber: string
}

/**
 * Options accepted by the gated APIs (the simulator ignores what it does not need).
 *
 * @example
 * await sim.wx.getLocation({ type: 'gcj02' })
 */
export type ApiOptions = Record<string, unknown>

/**
 * The simulated `wx`: privacy APIs, scope APIs and gated APIs with WeChat's calling convention.
 * The four privacy APIs are optional: below base library 2.32.3 they are absent (H2).
 *
 * @example
 * function whereAmI(wx: Pick<SimulatedWx, 'getLocation'>) {
 *   return wx.getLocation({ type: 'gcj02' })
 * }
 * await whereAmI(createWechatSimulator({ agreed: true }).wx)
 */
export interface SimulatedWx {
  /** H6. Callback-only: returns `undefined` (H1). */
  getPrivacySetting?: (options?: WxCallbacks<PrivacySettingResult>) => void
  /** H3: a second registration replaces the first. */
  onNeedPrivacyAuthorization?: (listener: NeedPrivacyAuthorizationListener) => void
  /** H19. Callback-only (H1). */
  requirePrivacyAuthorize?: (options?: WxCallbacks<WxResult>) => void
  /** H20. Callback-only (H1). */
  openPrivacyContract?: (options?: WxCallbacks<WxResult>) => void
  /** H24. */
  getSetting: AsyncApi<{ withSubscriptions?: boolean }, GetSettingResult>
  /** H26: only inside `userTap`. */
  openSetting: AsyncApi<{ withSubscriptions?: boolean }, OpenSettingResult>
  /** H25. */
  authorize: AsyncApiWithOptions<{ scope: string }, WxResult>
  getLocation: AsyncApi<ApiOptions, LocationResult>
  getFuzzyLocation: AsyncApi<ApiOptions, FuzzyLocationResult>
  startLocationUpdate: AsyncApi<ApiOptions, WxResult>
  startLocationUpdateBackground: AsyncApi<ApiOptions, WxResult>
  chooseLocation: AsyncApi<ApiOptions, ChooseLocationResult>
  choosePoi: AsyncApi<ApiOptions, ChooseLocationResult & { type: number; city: string }>
  chooseAddress: AsyncApi<ApiOptions, ChooseAddressResult>
  chooseInvoice: AsyncApi<ApiOptions, WxResult & { invoiceInfo: string }>
  chooseInvoiceTitle: AsyncApi<ApiOptions, InvoiceTitleResult>
  getWeRunData: AsyncApi<ApiOptions, WeRunDataResult>
  /** Needs a user tap, like `openSetting`. */
  getUserProfile: AsyncApiWithOptions<{ desc: string; lang?: string }, UserProfileResult>
  chooseLicensePlate: AsyncApi<ApiOptions, LicensePlateResult>
  chooseImage: AsyncApi<ApiOptions, ChooseImageResult>
  chooseMedia: AsyncApi<ApiOptions, ChooseMediaResult>
  chooseVideo: AsyncApi<ApiOptions, ChooseVideoResult>
  chooseMessageFile: AsyncApi<ApiOptions, ChooseMessageFileResult>
  /** Succeeds when `stopRecord` is called. */
  startRecord: AsyncApi<ApiOptions, RecordResult>
  /** Ends a recording started by `startRecord`. */
  stopRecord: AsyncApi<ApiOptions, WxResult>
  openBluetoothAdapter: AsyncApi<ApiOptions, WxResult>
  saveImageToPhotosAlbum: AsyncApiWithOptions<{ filePath: string }, WxResult>
  saveVideoToPhotosAlbum: AsyncApiWithOptions<{ filePath: string }, WxResult>
  addPhoneContact: AsyncApiWithOptions<{ firstName: string } & ApiOptions, WxResult>
  addPhoneCalendar: AsyncApiWithOptions<{ title: string; startTime: number } & ApiOptions, WxResult>
  addPhoneRepeatCalendar: AsyncApiWithOptions<{ title: string; startTime: number } & ApiOptions, WxResult>
  startAccelerometer: AsyncApi<ApiOptions, WxResult>
  startCompass: AsyncApi<ApiOptions, WxResult>
  startDeviceMotionListening: AsyncApi<ApiOptions, WxResult>
  startGyroscope: AsyncApi<ApiOptions, WxResult>
  getClipboardData: AsyncApi<ApiOptions, ClipboardResult>
  setClipboardData: AsyncApiWithOptions<{ data: string }, WxResult>
}

/**
 * The success result of every gated API, by name: what `SimulatedWx` promises for it. The simulator's payloads
 * are type-checked against this map.
 *
 * @example
 * const result: GatedApiResults['getLocation'] = await sim.wx.getLocation()
 * result.latitude // 39.908823
 */
export type GatedApiResults = { [K in GatedApiName]: Awaited<ReturnType<SimulatedWx[K]>> }
