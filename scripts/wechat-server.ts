import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// Shared by the tests of @mp-privacy/openapi and of the `mp-privacy` command (packages/audit).
/**
 * A local stand-in for WeChat's privacy endpoints on 127.0.0.1, speaking their documented contract: the fields,
 * the errcodes (41001/40001/42001 for the token, 47001, 86069, 86071, 86072, 86074, 40006, 61039), the
 * development/live version rules of setprivacysetting and the multipart upload of a .txt up to 100 KB.
 * Faults are queued per path: a timeout (no answer), HTTP 500, a body that is not JSON, a dropped connection, or
 * any errcode.
 */
export type Fault = 'timeout' | 'http500' | 'malformed' | 'drop' | { errcode: number; errmsg?: string }

export interface Version {
  owner_setting: Record<string, string>
  setting_list: { privacy_key: string; privacy_text: string }[]
  sdk_privacy_info_list?: unknown[]
  update_time: number
}

export interface RecordedRequest {
  method: string
  path: string
  /** The raw query string (it carries the token). */
  query: string
  contentType: string
  body: string
}

export interface ServerState {
  dev: Version | null
  live: Version | null
  code_exist: 0 | 1
  privacy_list: string[]
  interfaces: {
    api_name: string
    api_ch_name: string
    api_desc: string
    api_link: string
    group_name: string
    status?: number
    audit_id?: number
  }[]
  without_auth_list: string[]
  without_conf_list: string[]
  /** get_code_privacy_info answers 61039 this many times first. */
  checkPending: number
}

export interface WechatServer {
  url: string
  token: string
  state: ServerState
  requests: RecordedRequest[]
  fault(path: string, ...faults: Fault[]): void
  /** Forgets the queued faults. */
  clearFaults(): void
  close(): Promise<void>
}

const OWNER_FIELDS = [
  'contact_phone',
  'contact_email',
  'contact_qq',
  'contact_weixin',
  'store_expire_timestamp',
  'ext_file_media_id',
  'notice_method',
]
const PRIVACY_DESC = [
  ['UserInfo', '用户信息（微信昵称、头像）'],
  ['Location', '位置信息'],
  ['Address', '地址'],
  ['PhoneNumber', '手机号'],
  ['Clipboard', '剪切板'],
]

export async function startWechatServer(
  options: { token?: string; state?: Partial<ServerState> } = {},
): Promise<WechatServer> {
  const token = options.token ?? 'wechat-test-token'
  const state: ServerState = {
    dev: null,
    live: null,
    code_exist: 1,
    privacy_list: [],
    interfaces: [],
    without_auth_list: [],
    without_conf_list: [],
    checkPending: 0,
    ...options.state,
  }
  const requests: RecordedRequest[] = []
  const faults = new Map<string, Fault[]>()
  let media = 0
  let audit = 1000

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const [path = '', query = ''] = (req.url ?? '').split('?')
      requests.push({
        method: req.method ?? '',
        path,
        query,
        contentType: req.headers['content-type'] ?? '',
        body: raw.toString('utf8'),
      })
      const fault = faults.get(path)?.shift()
      if (fault === 'timeout') return
      if (fault === 'drop') return req.socket.destroy()
      if (fault === 'http500') return send(res, 500, '<html>502 Bad Gateway</html>')
      if (fault === 'malformed') return send(res, 200, '{"errcode":0,"errmsg":"ok",')
      if (fault) return reply(res, { errcode: fault.errcode, errmsg: fault.errmsg ?? 'fault' })
      reply(res, handle(req, path, new URLSearchParams(query), raw))
    })
  })

  function handle(req: IncomingMessage, path: string, query: URLSearchParams, raw: Buffer): object {
    const given = query.get('access_token')
    if (!given) return { errcode: 41001, errmsg: 'access_token missing' }
    if (given === 'expired') return { errcode: 42001, errmsg: 'access_token expired' }
    if (given !== token)
      return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
    const post = req.method === 'POST'
    switch (path) {
      case '/cgi-bin/component/getprivacysetting':
        return post ? getSetting(raw) : notFound()
      case '/cgi-bin/component/setprivacysetting':
        return post ? setSetting(raw) : notFound()
      case '/cgi-bin/component/uploadprivacyextfile':
        return post ? upload(req.headers['content-type'] ?? '', raw) : notFound()
      case '/wxa/security/get_privacy_interface':
        return post ? notFound() : { errcode: 0, errmsg: 'ok', interface_list: state.interfaces }
      case '/wxa/security/apply_privacy_interface':
        return post ? apply(raw) : notFound()
      case '/wxa/security/get_code_privacy_info':
        if (post) return notFound()
        if (state.checkPending > 0) {
          state.checkPending--
          return { errcode: 61039, errmsg: '隐私接口检查任务未完成，请稍等一分钟再重试' }
        }
        return {
          errcode: 0,
          errmsg: 'ok',
          without_auth_list: state.without_auth_list,
          without_conf_list: state.without_conf_list,
        }
      default:
        return notFound()
    }
  }

  function parse(raw: Buffer): Record<string, unknown> | undefined {
    try {
      const value: unknown = JSON.parse(raw.toString('utf8') || '{}')
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined
    } catch {
      return undefined
    }
  }

  function getSetting(raw: Buffer): object {
    const body = parse(raw)
    if (!body) return { errcode: 47001, errmsg: 'data format error' }
    const ver = body.privacy_ver ?? 2
    if (ver !== 1 && ver !== 2) return { errcode: 86071, errmsg: 'privacy_ver参数无效' }
    const version = ver === 1 ? state.live : state.dev
    const owner = Object.fromEntries(
      OWNER_FIELDS.map((field) => [field, version?.owner_setting[field] ?? '']),
    )
    return {
      errcode: 0,
      errmsg: 'ok',
      code_exist: state.code_exist,
      privacy_list: state.privacy_list,
      setting_list: (version?.setting_list ?? []).map((item) => ({ ...item, privacy_label: '' })),
      update_time: version?.update_time ?? 0,
      owner_setting: owner,
      privacy_desc: {
        privacy_desc_list: PRIVACY_DESC.map(([privacy_key, privacy_desc]) => ({ privacy_key, privacy_desc })),
      },
      ...(version?.sdk_privacy_info_list ? { sdk_privacy_info_list: version.sdk_privacy_info_list } : {}),
    }
  }

  function setSetting(raw: Buffer): object {
    const body = parse(raw)
    if (!body) return { errcode: 47001, errmsg: 'data format error' }
    const ver = body.privacy_ver ?? 2
    if (ver !== 1 && ver !== 2) return { errcode: 86071, errmsg: 'privacy_ver参数无效' }
    const owner = body.owner_setting
    if (typeof owner !== 'object' || owner === null) {
      return { errcode: 86069, errmsg: 'owner_setting必填字段字段缺失' }
    }
    const fields = owner as Record<string, unknown>
    const filled = (field: string) => typeof fields[field] === 'string' && fields[field] !== ''
    const contacts = ['contact_phone', 'contact_email', 'contact_qq', 'contact_weixin'].some(filled)
    if (!contacts || !filled('notice_method'))
      return { errcode: 86069, errmsg: 'owner_setting必填字段字段缺失' }
    const period = fields.store_expire_timestamp
    if (
      period !== undefined &&
      period !== '' &&
      !(typeof period === 'string' && /^[1-9]\d*天$/.test(period))
    ) {
      return { errcode: 86072, errmsg: 'store_expire_timestamp参数无效' }
    }
    const ownerSetting = Object.fromEntries(
      OWNER_FIELDS.filter(filled).map((field) => [field, fields[field] as string]),
    )
    if (ver === 1) {
      if (!state.live) return { errcode: 86074, errmsg: '现网隐私协议不存在' }
      if (body.setting_list !== undefined) return { errcode: 47001, errmsg: 'data format error' }
      const media = state.live.owner_setting.ext_file_media_id
      state.live.owner_setting = { ...ownerSetting, ...(media ? { ext_file_media_id: media } : {}) }
      return { errcode: 0, errmsg: 'ok' }
    }
    const list = body.setting_list
    const valid =
      Array.isArray(list) &&
      list.every(
        (entry: { privacy_key?: unknown; privacy_text?: unknown }) =>
          typeof entry?.privacy_key === 'string' && typeof entry.privacy_text === 'string',
      )
    if (!valid) return { errcode: 47001, errmsg: 'data format error' }
    state.dev = {
      owner_setting: ownerSetting,
      setting_list: list as Version['setting_list'],
      ...(Array.isArray(body.sdk_privacy_info_list)
        ? { sdk_privacy_info_list: body.sdk_privacy_info_list }
        : {}),
      update_time: 1_700_000_000,
    }
    return { errcode: 0, errmsg: 'ok' }
  }

  function upload(contentType: string, raw: Buffer): object {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)
    if (!contentType.startsWith('multipart/form-data') || !boundary) {
      return { errcode: 47001, errmsg: 'data format error' }
    }
    const text = raw.toString('latin1')
    const parts = text.split(`--${boundary[1] ?? boundary[2]}`)
    const part = parts.find((candidate) => /name="file"/.test(candidate))
    if (!part) return { errcode: 47001, errmsg: 'data format error' }
    const [head = '', ...rest] = part.split('\r\n\r\n')
    const content = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1')
    const filename = /filename="([^"]*)"/.exec(head)?.[1] ?? ''
    if (!filename.endsWith('.txt') || content.byteLength > 100 * 1024) {
      return { errcode: 40006, errmsg: 'invalid meida size' }
    }
    return { errcode: 0, errmsg: 'ok', ext_file_media_id: `media-${++media}` }
  }

  function apply(raw: Buffer): object {
    const body = parse(raw)
    const apiName = body?.api_name
    const content = body?.content
    const proof = ['url_list', 'pic_list', 'video_list'].some((field) => {
      const list = body?.[field]
      return Array.isArray(list) && list.length > 0
    })
    if (typeof apiName !== 'string' || typeof content !== 'string' || content.length > 300 || !proof) {
      return { errcode: 61034, errmsg: 'invalid args, please check' }
    }
    const entry = state.interfaces.find((candidate) => candidate.api_name === apiName)
    if (!entry) return { errcode: 61035, errmsg: 'the api not need apply' }
    entry.status = 3
    entry.audit_id = ++audit
    return { errcode: 0, errmsg: 'ok', audit_id: audit }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    state,
    requests,
    fault(path, ...added) {
      faults.set(path, [...(faults.get(path) ?? []), ...added])
    },
    clearFaults() {
      faults.clear()
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

function notFound(): object {
  return { errcode: 40066, errmsg: 'invalid url' }
}

function reply(res: ServerResponse, body: object): void {
  send(res, 200, JSON.stringify(body))
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(text)
}
