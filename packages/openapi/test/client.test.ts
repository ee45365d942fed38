import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startWechatServer, type WechatServer } from '../../../scripts/wechat-server'
import {
  createPrivacyApi,
  EXT_FILE_MAX_BYTES,
  errcodes,
  OpenApiError,
  type PrivacyApi,
  type PrivacyDeclarationInput,
  setPrivacySettingBody,
} from '../src/index'

const TOKEN = 'sk-authorizer-0123456789-SECRET'
let server: WechatServer
let api: PrivacyApi

beforeEach(async () => {
  server = await startWechatServer({ token: TOKEN })
  // Generous: the machine running the tests may be busy. The timeout tests use their own short one.
  api = createPrivacyApi({ accessToken: TOKEN, baseUrl: server.url, timeoutMs: 10_000, retryDelayMs: 5 })
})
afterEach(() => server.close())

const declaration: PrivacyDeclarationInput = {
  owner_setting: {
    contact_email: 'privacy@example.com',
    notice_method: '弹窗',
    store_expire_timestamp: '30天',
  },
  setting_list: [
    { privacy_key: 'Location', privacy_text: '展示你附近的门店' },
    { privacy_key: 'Clipboard', privacy_text: '粘贴你复制的取件码' },
  ],
}

/** A client that gives up after 500 ms, for the server that does not answer. */
function impatient(): PrivacyApi {
  return createPrivacyApi({ accessToken: TOKEN, baseUrl: server.url, timeoutMs: 500 })
}

async function failure(promise: Promise<unknown>): Promise<OpenApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(OpenApiError)
  return error as OpenApiError
}

/** Every text an error carries, where the token must not appear. */
function texts(error: OpenApiError): string {
  const cause =
    error.cause instanceof Error ? `${error.cause.message}\n${error.cause.stack}` : String(error.cause)
  return [error.message, error.stack, error.errmsg, cause, JSON.stringify(error), String(error)].join('\n')
}

describe('getprivacysetting / setprivacysetting', () => {
  test('set sends the documented body as UTF-8 JSON; get reads the development version back', async () => {
    await expect(api.setPrivacySetting(declaration, { ver: 2 })).resolves.toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    const sent = server.requests.at(-1)
    expect(sent?.path).toBe('/cgi-bin/component/setprivacysetting')
    expect(sent?.contentType).toContain('application/json')
    expect(sent?.body).toContain('展示你附近的门店')
    expect(JSON.parse(sent?.body ?? '')).toEqual({ privacy_ver: 2, ...declaration })
    const dev = await api.getPrivacySetting({ ver: 2 })
    expect(dev.setting_list.map(({ privacy_key, privacy_text }) => ({ privacy_key, privacy_text }))).toEqual(
      declaration.setting_list,
    )
    expect(dev.owner_setting.contact_email).toBe('privacy@example.com')
    expect(JSON.parse(server.requests.at(-1)?.body ?? '')).toEqual({ privacy_ver: 2 })
  })

  test('a saved getprivacysetting response is sent back as the documented body (empty fields, labels dropped)', async () => {
    await api.setPrivacySetting(declaration)
    const saved = await api.getPrivacySetting()
    expect(setPrivacySettingBody(saved, 2)).toEqual({ privacy_ver: 2, ...declaration })
  })

  test('86074: privacy_ver 1 before any release is NO_LIVE_VERSION, with its fix', async () => {
    const error = await failure(api.setPrivacySetting(declaration, { ver: 1 }))
    expect(error).toMatchObject({ code: 'NO_LIVE_VERSION', errcode: 86074, attempts: 1 })
    expect(error.fix.zh).toContain('privacy_ver=2')
    expect(error.fix.en).toContain('privacy_ver=2')
  })

  test('privacy_ver 1 sends owner_setting only: the live version keeps its setting_list', async () => {
    server.state.live = {
      owner_setting: { contact_qq: '10000', notice_method: '公告', ext_file_media_id: 'media-live' },
      setting_list: [{ privacy_key: 'Location', privacy_text: '导航' }],
      update_time: 1,
    }
    await api.setPrivacySetting(declaration, { ver: 1 })
    expect(JSON.parse(server.requests.at(-1)?.body ?? '')).toEqual({
      privacy_ver: 1,
      owner_setting: declaration.owner_setting,
    })
    const live = await api.getPrivacySetting({ ver: 1 })
    expect(live.setting_list).toHaveLength(1)
    expect(live.owner_setting.ext_file_media_id).toBe('media-live')
  })

  test('86069 and 86072 come back typed: no contact, a storage period that is not "N天"', async () => {
    const noContact = await failure(
      api.setPrivacySetting({ ...declaration, owner_setting: { notice_method: '弹窗' } }),
    )
    expect(noContact).toMatchObject({ code: 'OWNER_SETTING_INCOMPLETE', errcode: 86069 })
    const period = await failure(
      api.setPrivacySetting({
        ...declaration,
        owner_setting: { contact_qq: '1', notice_method: '弹窗', store_expire_timestamp: '30 days' },
      }),
    )
    expect(period).toMatchObject({ code: 'INVALID_STORAGE_PERIOD', errcode: 86072 })
  })

  test('a ver other than 1 or 2 is refused before sending', async () => {
    const error = await failure(api.getPrivacySetting({ ver: 3 as 2 }))
    expect(error.code).toBe('INVALID_PRIVACY_VER')
    const local = await failure(api.setPrivacySetting(declaration, { ver: 0 as 2 }))
    expect(local.code).toBe('INVALID_ARGUMENT')
    expect(server.requests.map((r) => r.path)).toEqual(['/cgi-bin/component/getprivacysetting'])
  })
})

describe('uploadprivacyextfile', () => {
  test('sends multipart/form-data with the file field; returns the media id', async () => {
    const result = await api.uploadPrivacyExtFile({
      name: 'guide.txt',
      content: '本指引说明我们如何处理你的信息',
    })
    expect(result.ext_file_media_id).toBe('media-1')
    const sent = server.requests.at(-1)
    expect(sent?.contentType).toMatch(/^multipart\/form-data; boundary=/)
    expect(sent?.body).toContain('name="file"; filename="guide.txt"')
  })

  test('a file over 100 KB or not a .txt is refused locally: no request', async () => {
    const big = await failure(
      api.uploadPrivacyExtFile({ name: 'guide.txt', content: new Uint8Array(EXT_FILE_MAX_BYTES + 1) }),
    )
    expect(big.code).toBe('INVALID_ARGUMENT')
    expect(big.message).toContain('100 KB')
    const pdf = await failure(api.uploadPrivacyExtFile({ name: 'guide.pdf', content: 'x' }))
    expect(pdf.code).toBe('INVALID_ARGUMENT')
    expect(server.requests).toHaveLength(0)
    await expect(
      api.uploadPrivacyExtFile({ name: 'edge.txt', content: new Uint8Array(EXT_FILE_MAX_BYTES) }),
    ).resolves.toMatchObject({ errcode: 0 })
  })

  test('40006 from WeChat is FILE_REJECTED', async () => {
    server.fault('/cgi-bin/component/uploadprivacyextfile', { errcode: 40006, errmsg: 'invalid meida size' })
    const error = await failure(api.uploadPrivacyExtFile({ name: 'guide.txt', content: 'x' }))
    expect(error).toMatchObject({ code: 'FILE_REJECTED', errcode: 40006 })
  })
})

describe('location APIs and the code check', () => {
  test('get_privacy_interface lists the APIs; apply_privacy_interface returns the audit id', async () => {
    server.state.interfaces = [
      {
        api_name: 'wx.getLocation',
        api_ch_name: '获取当前的地理位置、速度',
        api_desc: '接口:wx.getLocation',
        api_link: 'https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html',
        group_name: '地理位置',
        status: 1,
      },
    ]
    const before = await api.getPrivacyInterface()
    expect(before.interface_list[0]?.status).toBe(1)
    const applied = await api.applyPrivacyInterface({
      api_name: 'wx.getLocation',
      content: '门店导航需要获取当前位置',
      pic_list: ['https://example.com/nav.png'],
    })
    expect(applied.audit_id).toBeGreaterThan(0)
    expect(server.requests.at(-1)?.method).toBe('POST')
    const after = await api.getPrivacyInterface()
    expect(after.interface_list[0]).toMatchObject({ status: 3, audit_id: applied.audit_id })
  })

  test('61039 is retried with backoff until the check finishes', async () => {
    server.state.checkPending = 2
    server.state.without_conf_list = ['wx.onLocationChange']
    const info = await api.getCodePrivacyInfo()
    expect(info.without_conf_list).toEqual(['wx.onLocationChange'])
    expect(server.requests).toHaveLength(3)
  })

  test('retries are bounded: 61039 forever fails after 1 + retries attempts', async () => {
    server.state.checkPending = 100
    const bounded = createPrivacyApi({ accessToken: TOKEN, baseUrl: server.url, retries: 2, retryDelayMs: 1 })
    const error = await failure(bounded.getCodePrivacyInfo())
    expect(error).toMatchObject({ code: 'CHECK_NOT_FINISHED', errcode: 61039, attempts: 3 })
    expect(server.requests).toHaveLength(3)
  })

  test('-1 is retried; 61040 and 48001 are not', async () => {
    const path = '/wxa/security/get_code_privacy_info'
    server.fault(path, { errcode: -1, errmsg: 'system error' })
    await expect(api.getCodePrivacyInfo()).resolves.toMatchObject({ errcode: 0 })
    expect(server.requests).toHaveLength(2)
    server.fault(path, { errcode: 61040, errmsg: 'ext.json配置的隐私接口wx.getLocation无权限' })
    expect(await failure(api.getCodePrivacyInfo())).toMatchObject({
      code: 'PRIVACY_API_NOT_CONFIGURED',
      attempts: 1,
    })
    server.fault(path, { errcode: 48001, errmsg: 'api unauthorized' })
    expect(await failure(api.getCodePrivacyInfo())).toMatchObject({ code: 'API_UNAUTHORIZED', attempts: 1 })
    expect(server.requests).toHaveLength(4)
  })
})

describe('the token', () => {
  test('41001 / 40001 / 42001: a missing, a wrong and an expired token are typed', async () => {
    const missing = createPrivacyApi({ accessToken: '', baseUrl: server.url })
    expect((await failure(missing.getPrivacyInterface())).code).toBe('ACCESS_TOKEN_MISSING')
    const wrong = createPrivacyApi({ accessToken: 'not-the-token', baseUrl: server.url })
    expect(await failure(wrong.getPrivacyInterface())).toMatchObject({
      code: 'ACCESS_TOKEN_INVALID',
      errcode: 40001,
    })
    const expired = createPrivacyApi({ accessToken: 'expired', baseUrl: server.url })
    expect(await failure(expired.getPrivacyInterface())).toMatchObject({
      code: 'ACCESS_TOKEN_INVALID',
      errcode: 42001,
    })
  })

  test('never appears in an error, even when WeChat echoes it or the connection drops', async () => {
    const path = '/cgi-bin/component/getprivacysetting'
    server.fault(path, { errcode: 40001, errmsg: `invalid credential access_token=${TOKEN} rid: 1` })
    server.fault(path, 'drop', 'http500', 'malformed', 'timeout')
    const errors: OpenApiError[] = []
    for (let index = 0; index < 4; index++) errors.push(await failure(api.getPrivacySetting()))
    errors.push(await failure(impatient().getPrivacySetting()))
    expect(errors.map((error) => error.code)).toEqual([
      'ACCESS_TOKEN_INVALID',
      'NETWORK',
      'HTTP_STATUS',
      'BAD_RESPONSE',
      'TIMEOUT',
    ])
    for (const error of errors) expect(texts(error)).not.toContain(TOKEN)
    expect(errors[0]?.errmsg).toContain('access_token=***')
  })
})

describe('failures on the way', () => {
  const path = '/wxa/security/get_privacy_interface'

  test('a server that does not answer times out (TIMEOUT), and is not retried', async () => {
    server.fault(path, 'timeout')
    const started = Date.now()
    const error = await failure(impatient().getPrivacyInterface())
    expect(error.code).toBe('TIMEOUT')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(server.requests).toHaveLength(1)
  })

  test('5xx is HTTP_STATUS with the status; malformed JSON is BAD_RESPONSE; a dropped connection is NETWORK', async () => {
    server.fault(path, 'http500', 'malformed', 'drop')
    expect(await failure(api.getPrivacyInterface())).toMatchObject({ code: 'HTTP_STATUS', status: 500 })
    expect(await failure(api.getPrivacyInterface())).toMatchObject({ code: 'BAD_RESPONSE' })
    expect(await failure(api.getPrivacyInterface())).toMatchObject({ code: 'NETWORK' })
    expect(server.requests).toHaveLength(3)
  })

  test('a caller’s signal cancels the call, retries included', async () => {
    server.state.checkPending = 100
    const slow = createPrivacyApi({ accessToken: TOKEN, baseUrl: server.url, retryDelayMs: 10_000 })
    const controller = new AbortController()
    const started = Date.now()
    const pending = failure(slow.getCodePrivacyInfo({ signal: controller.signal }))
    // Cancel while the client waits to retry: once the first answer (61039) is in.
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    await new Promise((resolve) => setTimeout(resolve, 300))
    controller.abort()
    const error = await pending
    expect(error).toMatchObject({ code: 'CHECK_NOT_FINISHED', attempts: 1 })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(server.requests).toHaveLength(1)
  })
})

test('every documented errcode has a code, a meaning and a fix in Chinese and English', () => {
  const documented = [
    86069, 86071, 86072, 86074, 87072, 47001, 48001, 61007, 41001, 40001, 42001, 40006, 40126,
  ]
  for (const errcode of [...documented, 61039, 61040, -1]) {
    const info = errcodes[errcode]
    expect(info, String(errcode)).toBeDefined()
    expect(info?.meaning.zh && info.meaning.en && info.fix.zh && info.fix.en).toBeTruthy()
    expect(info?.retry).toBe(errcode === 61039 || errcode === -1)
  }
})
