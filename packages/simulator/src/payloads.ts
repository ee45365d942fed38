import type { GatedApiName } from './catalog'
import type { SimulatedLocation } from './types'

/** What the payload of a successful call depends on. */
export interface PayloadContext {
  readonly location: SimulatedLocation
  readonly clipboard: string
}

const TEMP = 'http://tmp/simulator'

/** The success result of a gated API, shaped as WeChat's (values are fixed sample data). */
export function payloadFor(
  name: GatedApiName,
  context: PayloadContext,
): { errMsg: string } & Record<string, unknown> {
  const errMsg = `${name}:ok`
  const { location } = context
  switch (name) {
    case 'getLocation':
      return { ...location, errMsg }
    case 'getFuzzyLocation':
      return { latitude: location.latitude, longitude: location.longitude, errMsg }
    case 'chooseLocation':
      return {
        name: '天安门',
        address: '北京市东城区东长安街',
        latitude: location.latitude,
        longitude: location.longitude,
        errMsg,
      }
    case 'choosePoi':
      return {
        type: 2,
        city: '北京市',
        name: '天安门',
        address: '北京市东城区东长安街',
        latitude: location.latitude,
        longitude: location.longitude,
        errMsg,
      }
    case 'chooseAddress':
      return {
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
      }
    case 'chooseInvoice':
      return { invoiceInfo: '[]', errMsg }
    case 'chooseInvoiceTitle':
      return {
        type: '0',
        title: '示例公司',
        taxNumber: '91440300000000000X',
        companyAddress: '广州市海珠区',
        telephone: '020-81167888',
        bankName: '示例银行',
        bankAccount: '6222000000000000',
        errMsg,
      }
    case 'getWeRunData':
      return { encryptedData: 'c2ltdWxhdG9y', iv: 'c2ltdWxhdG9yLWl2', errMsg }
    case 'getUserProfile':
      return {
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
      }
    case 'chooseLicensePlate':
      return { plateNumber: '粤A12345', errMsg }
    case 'chooseImage':
      return {
        tempFilePaths: [`${TEMP}/image.jpg`],
        tempFiles: [{ path: `${TEMP}/image.jpg`, size: 1024 }],
        errMsg,
      }
    case 'chooseMedia':
      return {
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
      }
    case 'chooseVideo':
      return { tempFilePath: `${TEMP}/video.mp4`, duration: 1, size: 1024, height: 100, width: 100, errMsg }
    case 'chooseMessageFile':
      return {
        tempFiles: [{ path: `${TEMP}/file.pdf`, size: 1024, name: 'file.pdf', type: 'file', time: 0 }],
        errMsg,
      }
    case 'startRecord':
      return { tempFilePath: `${TEMP}/record.silk`, errMsg }
    case 'getClipboardData':
      return { data: context.clipboard, errMsg }
    default:
      return { errMsg }
  }
}
