import { describe, expect, test } from 'vitest'
import { PrivacyError, type PrivacyErrorCode, toPrivacyError } from '../index'

const cases: ReadonlyArray<readonly [string, unknown, PrivacyErrorCode]> = [
  [
    'H7 not declared (errno 112)',
    { errMsg: 'getLocation:fail api scope is not declared in the privacy agreement', errno: 112 },
    'NOT_DECLARED',
  ],
  ['H7 not declared by errno alone', { errMsg: 'getLocation:fail', errno: 112 }, 'NOT_DECLARED'],
  ['H7 banned', { errMsg: 'getClipboardData:fail appid privacy api banned' }, 'BANNED'],
  [
    'H13 wrong buttonId',
    { errMsg: 'getLocation:fail privacy permission is not authorized or buttonId is wrong', errno: 104 },
    'BUTTON_ID_MISMATCH',
  ],
  [
    'H14 disagree',
    { errMsg: 'getClipboardData:fail privacy permission is not authorized', errno: 104 },
    'DISAGREED',
  ],
  ['H21 coupled refusal (errno 103)', { errMsg: 'getLocation:fail', errno: 103 }, 'DISAGREED'],
  [
    'H19 requirePrivacyAuthorize refused',
    { errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' },
    'DISAGREED',
  ],
  [
    'H23 requiredPrivateInfos',
    {
      errMsg:
        'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    },
    'NOT_IN_REQUIRED_PRIVATE_INFOS',
  ],
  ['H25 auth deny', { errMsg: 'authorize:fail auth deny' }, 'AUTH_DENIED'],
  ['H25 auth deny with a colon', { errMsg: 'authorize:fail:auth deny' }, 'AUTH_DENIED'],
  [
    'H25 auth deny with a system error',
    { errMsg: 'authorize:fail 系统错误,错误码:-12006,auth deny' },
    'AUTH_DENIED',
  ],
  ['H25 API auth deny', { errMsg: 'getLocation:fail auth deny' }, 'AUTH_DENIED'],
  ['H25 scope.userInfo', { errMsg: 'authorize:fail scope unauthorized' }, 'SCOPE_UNAUTHORIZED'],
  [
    'H26 openSetting outside a tap',
    { errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' },
    'TAP_REQUIRED',
  ],
  ['H27 Taro H5 dev stub', { errMsg: 'getSetting:fail 暂时不支持 API' }, 'UNSUPPORTED'],
  ['an Error thrown by a missing API', new TypeError('wx.getSetting is not a function'), 'UNSUPPORTED'],
  ['anything else', { errMsg: 'getSetting:fail system error' }, 'HOST_ERROR'],
  ['a bare string', 'authorize:fail auth deny', 'AUTH_DENIED'],
  ['nothing useful', undefined, 'HOST_ERROR'],
]

describe('toPrivacyError', () => {
  test.each(cases)('%s → code', (_name, raw, code) => {
    const error = toPrivacyError(raw)
    expect(error).toBeInstanceOf(PrivacyError)
    expect(error).toBeInstanceOf(Error)
    expect(error.code).toBe(code)
  })

  test('keeps the api, errno and errMsg WeChat reported', () => {
    const error = toPrivacyError({
      errMsg: 'getLocation:fail privacy permission is not authorized',
      errno: 104,
    })
    expect(error).toMatchObject({ api: 'getLocation', errno: 104, name: 'PrivacyError' })
    expect(error.errMsg).toBe('getLocation:fail privacy permission is not authorized')
  })

  test('falls back to the api it is told when errMsg names none', () => {
    expect(toPrivacyError({ errMsg: 'fail' }, 'getSetting').api).toBe('getSetting')
  })

  test('returns a PrivacyError unchanged', () => {
    const error = new PrivacyError('AUTH_DENIED')
    expect(toPrivacyError(error)).toBe(error)
  })

  test('messages say what to do next', () => {
    expect(toPrivacyError({ errMsg: 'authorize:fail auth deny' }).message).toMatch(/openSettings/)
    expect(
      toPrivacyError({ errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' }).message,
    ).toMatch(/tap handler/)
  })
})
