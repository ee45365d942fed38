import { describe, expect, test } from 'vitest'
import {
  describePrivacyKey,
  describeReferrer,
  describeScope,
  PRIVACY_KEYS,
  type PrivacyKey,
  privacyKeyOfApi,
  privacyKeys,
  scopeOfApi,
  scopes,
} from '../catalog'
import { SCOPES } from '../scopes'

const allApis = PRIVACY_KEYS.flatMap((key) => privacyKeys[key].apis)

describe('privacy keys', () => {
  // The server order is checked against the simulator's own copy (catalog-crosscheck.test.ts).
  test('H9: all 28 keys of privacy_desc_list, each once, each with its entry', () => {
    expect(new Set(PRIVACY_KEYS).size).toBe(28)
    expect(PRIVACY_KEYS).toHaveLength(28)
    expect(Object.keys(privacyKeys).sort()).toEqual([...PRIVACY_KEYS].sort())
  })

  test('H9: every entry is filed under its own key and has both descriptions', () => {
    for (const key of PRIVACY_KEYS) {
      const info = privacyKeys[key]
      expect(info.key).toBe(key)
      expect(info.zh).not.toBe('')
      expect(info.en).not.toBe('')
      expect(info.en).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  test.each([
    ['UserInfo', '用户信息（微信昵称、头像）'],
    ['PhoneNumber', '手机号码'],
    ['Contact', '通讯录（仅写入）权限'],
    ['AlbumWriteOnly', '相册（仅写入）权限'],
    ['CalendarWriteOnly', '日历（仅写入）权限'],
    ['Album', '选中的照片或视频信息'],
    ['ChooseLocation', '选择的位置信息'],
    ['Compass', '磁场传感器'],
    ['Clipboard', '剪切板'],
  ] as const)('H9: %s reads as WeChat’s privacy_desc %s', (key, desc) => {
    expect(privacyKeys[key].zh).toBe(desc)
  })

  test('H9: every API appears under exactly one key', () => {
    expect(allApis.length).toBeGreaterThan(0)
    expect(new Set(allApis).size).toBe(allApis.length)
  })

  test('H9: only <live-pusher> sits under two keys (it films and records)', () => {
    const components = PRIVACY_KEYS.flatMap((key) => privacyKeys[key].components)
    const twice = components.filter((c, i) => components.indexOf(c) !== i)
    expect(twice).toEqual(['live-pusher'])
  })

  test.each([
    ['getLocation', 'Location'],
    ['getFuzzyLocation', 'Location'],
    ['chooseLocation', 'ChooseLocation'],
    ['chooseAddress', 'Address'],
    ['chooseInvoiceTitle', 'Invoice'],
    ['getWeRunData', 'RunData'],
    ['chooseImage', 'Album'],
    ['chooseMedia', 'Album'],
    ['chooseMessageFile', 'MessageFile'],
    ['startRecord', 'Record'],
    ['openBluetoothAdapter', 'BlueTooth'],
    ['saveImageToPhotosAlbum', 'AlbumWriteOnly'],
    ['addPhoneContact', 'Contact'],
    ['addPhoneCalendar', 'CalendarWriteOnly'],
    ['startCompass', 'Compass'],
    ['getClipboardData', 'Clipboard'],
    ['setClipboardData', 'Clipboard'],
  ] as const)('H9: %s is gated by %s', (api, key) => {
    expect(privacyKeyOfApi(api)).toBe(key)
  })

  test.each([
    ['getUserProfile', 'UserInfo'],
    ['startLocationUpdateBackground', 'Location'],
    ['choosePoi', 'ChooseLocation'],
    ['chooseInvoice', 'Invoice'],
    ['chooseLicensePlate', 'LicensePlate'],
    ['chooseVideo', 'Album'],
    ['RecorderManager.start', 'Record'],
    ['createVKSession', 'Camera'],
    ['createBLEPeripheralServer', 'BlueTooth'],
    ['saveVideoToPhotosAlbum', 'AlbumWriteOnly'],
    ['addPhoneRepeatCalendar', 'CalendarWriteOnly'],
    ['startAccelerometer', 'Accelerometer'],
    ['startDeviceMotionListening', 'DeviceMotion'],
    ['startGyroscope', 'Gyroscope'],
  ] as const)('H9: %s is gated by %s too', (api, key) => {
    expect(privacyKeyOfApi(api)).toBe(key)
  })

  test('H9: components are filed under their privacy type', () => {
    expect(privacyKeys.UserInfo.components).toEqual([
      'button.chooseAvatar',
      'input.nickname',
      'button.getUserInfo',
    ])
    expect(privacyKeys.PhoneNumber.components).toEqual([
      'button.getPhoneNumber',
      'button.getRealtimePhoneNumber',
    ])
    expect(privacyKeys.Camera.components).toContain('camera')
  })

  test.each(['request', 'getSetting', 'authorize', 'wx.getLocation', 'toString', '__proto__', ''])(
    'an API no privacy type gates has no key (%j)',
    (api) => {
      expect(privacyKeyOfApi(api)).toBeUndefined()
    },
  )
})

describe('scopes', () => {
  test('H25: every scope of SCOPES is described, each under its own name', () => {
    expect(Object.keys(scopes).sort()).toEqual([...SCOPES].sort())
    for (const scope of SCOPES) {
      expect(scopes[scope].scope).toBe(scope)
      expect(scopes[scope].en).not.toBe('')
    }
  })

  test('H25: zh names are the ones of WeChat’s authorize docs', () => {
    const names = Object.fromEntries(SCOPES.map((scope) => [scope, scopes[scope].zh]))
    expect(names).toEqual({
      'scope.userLocation': '精确地理位置',
      'scope.userFuzzyLocation': '模糊地理位置',
      'scope.userLocationBackground': '后台定位',
      'scope.record': '麦克风',
      'scope.camera': '摄像头',
      'scope.bluetooth': '蓝牙',
      'scope.writePhotosAlbum': '添加到相册',
      'scope.addPhoneContact': '添加到联系人',
      'scope.addPhoneCalendar': '添加到日历',
      'scope.werun': '微信运动步数',
      'scope.address': '通讯地址',
      'scope.invoiceTitle': '发票抬头',
      'scope.invoice': '获取发票',
      'scope.userInfo': '用户信息',
    })
  })

  test('every scope’s privacy key lists that scope back, and no key lists a scope that points elsewhere', () => {
    for (const scope of SCOPES) {
      const key = scopes[scope].privacyKey
      if (key !== null) expect(privacyKeys[key].scopes).toContain(scope)
    }
    for (const key of PRIVACY_KEYS) {
      for (const scope of privacyKeys[key].scopes) expect(scopes[scope].privacyKey).toBe(key)
    }
  })

  test('a scope’s APIs and components are gated by its privacy key', () => {
    for (const scope of SCOPES) {
      const { privacyKey, apis, components } = scopes[scope]
      for (const api of apis) expect([api, privacyKeyOfApi(api)]).toEqual([api, privacyKey])
      for (const component of components) {
        expect(privacyKey && privacyKeys[privacyKey].components).toContain(component)
      }
    }
  })

  test('H25: every scoped API appears under exactly one scope', () => {
    const scoped = SCOPES.flatMap((scope) => scopes[scope].apis)
    expect(new Set(scoped).size).toBe(scoped.length)
  })

  test('H24: address, invoice and invoiceTitle are always granted, and only those', () => {
    expect(SCOPES.filter((scope) => scopes[scope].alwaysGranted)).toEqual([
      'scope.address',
      'scope.invoiceTitle',
      'scope.invoice',
    ])
  })

  test('H25: authorize never prompts for scope.userInfo nor for the always-granted scopes', () => {
    expect(SCOPES.filter((scope) => !scopes[scope].promptable)).toEqual([
      'scope.address',
      'scope.invoiceTitle',
      'scope.invoice',
      'scope.userInfo',
    ])
  })

  test.each([
    ['getLocation', 'scope.userLocation'],
    ['getFuzzyLocation', 'scope.userFuzzyLocation'],
    ['startLocationUpdateBackground', 'scope.userLocationBackground'],
    ['startRecord', 'scope.record'],
    ['createVKSession', 'scope.camera'],
    ['openBluetoothAdapter', 'scope.bluetooth'],
    ['saveVideoToPhotosAlbum', 'scope.writePhotosAlbum'],
    ['addPhoneContact', 'scope.addPhoneContact'],
    ['addPhoneRepeatCalendar', 'scope.addPhoneCalendar'],
    ['getWeRunData', 'scope.werun'],
    ['chooseAddress', 'scope.address'],
    ['chooseInvoiceTitle', 'scope.invoiceTitle'],
    ['chooseInvoice', 'scope.invoice'],
    ['getUserInfo', 'scope.userInfo'],
  ] as const)('H25: %s needs %s', (api, scope) => {
    expect(scopeOfApi(api)).toBe(scope)
  })

  test.each(['chooseLocation', 'chooseImage', 'getClipboardData', 'request', 'constructor'])(
    'H25: %s needs no scope',
    (api) => {
      expect(scopeOfApi(api)).toBeUndefined()
    },
  )
})

describe('descriptions', () => {
  test('describePrivacyKey defaults to WeChat’s Chinese and can give English', () => {
    expect(describePrivacyKey('UserInfo')).toBe('用户信息（微信昵称、头像）')
    expect(describePrivacyKey('UserInfo', 'zh')).toBe('用户信息（微信昵称、头像）')
    expect(describePrivacyKey('UserInfo', 'en')).toBe('User information (WeChat nickname, avatar)')
  })

  test('describeScope defaults to Chinese and can give English', () => {
    expect(describeScope('scope.userFuzzyLocation')).toBe('模糊地理位置')
    expect(describeScope('scope.camera', 'en')).toBe('Camera')
  })

  test.each<[string, string, string]>([
    ['getLocation', '位置信息', 'Location information'],
    ['chooseLocation', '选择的位置信息', 'Location information of your choice'],
    ['getUserProfile', '用户信息（微信昵称、头像）', 'User information (WeChat nickname, avatar)'],
    ['button.getPhoneNumber', '手机号码', 'Mobile phone number'],
    ['button.chooseAvatar', '用户信息（微信昵称、头像）', 'User information (WeChat nickname, avatar)'],
    ['camera', '摄像头', 'Camera'],
    ['getClipboardData', '剪切板', 'Clipboard'],
  ])('H10: the referrer %s describes its privacy type', (referrer, zh, en) => {
    expect(describeReferrer(referrer)).toBe(zh)
    expect(describeReferrer(referrer, 'en')).toBe(en)
  })

  test('H10: a component under two privacy types names both', () => {
    expect(describeReferrer('live-pusher')).toBe('麦克风、摄像头')
    expect(describeReferrer('live-pusher', 'en')).toBe('Microphone, Camera')
  })

  test.each(['requirePrivacyAuthorize', 'authorize', 'hasOwnProperty', ''])(
    'H19: an unknown referrer comes back unchanged (%j)',
    (referrer) => {
      expect(describeReferrer(referrer)).toBe(referrer)
      expect(describeReferrer(referrer, 'en')).toBe(referrer)
    },
  )

  test('every privacy key with an API can be described from that API', () => {
    const described = new Set<PrivacyKey>()
    for (const api of allApis) {
      const key = privacyKeyOfApi(api)
      if (key) described.add(key)
      expect(describeReferrer(api)).toBe(key && privacyKeys[key].zh)
    }
    const withApis = PRIVACY_KEYS.filter((key) => privacyKeys[key].apis.length > 0)
    expect([...described].sort()).toEqual([...withApis].sort())
  })
})
