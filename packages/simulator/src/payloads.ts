import type { GatedApiName } from './catalog'
import type { GatedApiResults, SimulatedLocation, WxResult } from './types'

/** What the payload of a successful call depends on. */
export interface PayloadContext {
  readonly location: SimulatedLocation
  readonly clipboard: string
}

/**
 * How each gated API builds its success result: one entry per API, each checked against the result type
 * `SimulatedWx` declares for it (`GatedApiResults`).
 */
export type PayloadTable = {
  readonly [K in GatedApiName]: (context: PayloadContext, errMsg: `${K}:ok`) => GatedApiResults[K]
}

const TEMP = 'http://tmp/simulator'
const ADDRESS = '北京市东城区东长安街'

const ok = (_context: PayloadContext, errMsg: string): WxResult => ({ errMsg })

/** WeChat's success results, with fixed sample data. */
export const payloads: PayloadTable = {
  getLocation: ({ location }, errMsg) => ({ ...location, errMsg }),
  getFuzzyLocation: ({ location }, errMsg) => ({
    latitude: location.latitude,
    longitude: location.longitude,
    errMsg,
  }),
  startLocationUpdate: ok,
  startLocationUpdateBackground: ok,
  chooseLocation: ({ location }, errMsg) => ({
    name: '天安门',
    address: ADDRESS,
    latitude: location.latitude,
    longitude: location.longitude,
    errMsg,
  }),
  choosePoi: ({ location }, errMsg) => ({
    type: 2,
    city: '北京市',
    name: '天安门',
    address: ADDRESS,
    latitude: location.latitude,
    longitude: location.longitude,
    errMsg,
  }),
  chooseAddress: (_context, errMsg) => ({
    userName: '张三',
    postalCode: '510000',
    provinceName: '广东省',
    cityName: '广州市',
    countyName: '海珠区',
    streetName: '新港中路',
    detailInfo: '新港中路397号',
    detailInfoNew: '新港中路397号',
    nationalCode: '510000',
    telNumber: '020-81167888',
    errMsg,
  }),
  chooseInvoice: (_context, errMsg) => ({ invoiceInfo: '[]', errMsg }),
  chooseInvoiceTitle: (_context, errMsg) => ({
    type: '0',
    title: '示例公司',
    taxNumber: '91440300000000000X',
    companyAddress: '广州市海珠区',
    telephone: '020-81167888',
    bankName: '示例银行',
    bankAccount: '6222000000000000',
    errMsg,
  }),
  getWeRunData: (_context, errMsg) => ({ encryptedData: 'c2ltdWxhdG9y', iv: 'c2ltdWxhdG9yLWl2', errMsg }),
  getUserProfile: (_context, errMsg) => ({
    userInfo: {
      nickName: '微信用户',
      avatarUrl:
        'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132',
      gender: 0,
      country: '',
      province: '',
      city: '',
      language: '',
    },
    rawData: '{}',
    signature: 'simulator',
    encryptedData: 'c2ltdWxhdG9y',
    iv: 'c2ltdWxhdG9yLWl2',
    errMsg,
  }),
  chooseLicensePlate: (_context, errMsg) => ({ plateNumber: '粤A12345', errMsg }),
  chooseImage: (_context, errMsg) => ({
    tempFilePaths: [`${TEMP}/image.jpg`],
    tempFiles: [{ path: `${TEMP}/image.jpg`, size: 1024 }],
    errMsg,
  }),
  chooseMedia: (_context, errMsg) => ({
    type: 'image',
    tempFiles: [
      {
        tempFilePath: `${TEMP}/image.jpg`,
        size: 1024,
        duration: 0,
        height: 100,
        width: 100,
        thumbTempFilePath: '',
        fileType: 'image',
      },
    ],
    errMsg,
  }),
  chooseVideo: (_context, errMsg) => ({
    tempFilePath: `${TEMP}/video.mp4`,
    duration: 1,
    size: 1024,
    height: 100,
    width: 100,
    errMsg,
  }),
  chooseMessageFile: (_context, errMsg) => ({
    tempFiles: [{ path: `${TEMP}/file.pdf`, size: 1024, name: 'file.pdf', type: 'file', time: 0 }],
    errMsg,
  }),
  startRecord: (_context, errMsg) => ({ tempFilePath: `${TEMP}/record.silk`, errMsg }),
  openBluetoothAdapter: ok,
  saveImageToPhotosAlbum: ok,
  saveVideoToPhotosAlbum: ok,
  addPhoneContact: ok,
  addPhoneCalendar: ok,
  addPhoneRepeatCalendar: ok,
  startAccelerometer: ok,
  startCompass: ok,
  startDeviceMotionListening: ok,
  startGyroscope: ok,
  getClipboardData: ({ clipboard }, errMsg) => ({ data: clipboard, errMsg }),
  setClipboardData: ok,
}

/** The success result of a gated API, shaped as `SimulatedWx` declares it. */
export function payloadFor<N extends GatedApiName>(name: N, context: PayloadContext): GatedApiResults[N] {
  const build: PayloadTable[N] = payloads[name]
  return build(context, `${name}:ok`)
}
