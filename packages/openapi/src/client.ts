import { errcodes, errorFromErrcode, OpenApiError } from './errors'
import type {
  ApplyPrivacyInterfaceRequest,
  ApplyPrivacyInterfaceResponse,
  GetCodePrivacyInfoResponse,
  GetPrivacyInterfaceResponse,
  GetPrivacySettingResponse,
  OwnerSetting,
  PrivacyDeclarationInput,
  PrivacyExtFile,
  PrivacySettingItem,
  PrivacyVer,
  SetPrivacySettingBody,
  UploadPrivacyExtFileResponse,
} from './types'

/**
 * WeChat's API host, the default `baseUrl` (tests and proxies pass their own).
 *
 * @example
 * ```ts
 * import { DEFAULT_BASE_URL } from '@mp-privacy/openapi'
 * DEFAULT_BASE_URL // 'https://api.weixin.qq.com'
 * ```
 */
export const DEFAULT_BASE_URL = 'https://api.weixin.qq.com'
/**
 * `uploadprivacyextfile` takes a `.txt` of at most 100 KB; larger files are refused before anything is sent.
 *
 * @example
 * ```ts
 * import { EXT_FILE_MAX_BYTES } from '@mp-privacy/openapi'
 * const fits = (text: string) => new TextEncoder().encode(text).byteLength <= EXT_FILE_MAX_BYTES
 * ```
 */
export const EXT_FILE_MAX_BYTES = 100 * 1024

/**
 * Options of {@link createPrivacyApi}.
 *
 * @example
 * ```ts
 * import type { PrivacyApiOptions } from '@mp-privacy/openapi'
 * const options: PrivacyApiOptions = { accessToken: 'AUTHORIZER_ACCESS_TOKEN', timeoutMs: 10_000, retries: 2 }
 * ```
 */
export interface PrivacyApiOptions {
  /** The mini program's `authorizer_access_token` (obtaining it is up to you). Never part of an error or a log. */
  accessToken: string
  /** Default `https://api.weixin.qq.com`; point it at a proxy or a test server. */
  baseUrl?: string
  /** Each attempt is aborted after this many milliseconds. Default 15 000. */
  timeoutMs?: number
  /** Extra attempts after 61039 or -1 (the only errcodes WeChat says to retry). Default 3. */
  retries?: number
  /** The wait before the first retry; it doubles for each further one. Default 2 000 ms. */
  retryDelayMs?: number
  /** Default: the platform's `fetch`. */
  fetch?: typeof fetch
}

/**
 * Per-call options: a signal to cancel the call (retries included).
 *
 * @example
 * ```ts
 * import type { CallOptions } from '@mp-privacy/openapi'
 * const options: CallOptions = { signal: AbortSignal.timeout(60_000) }
 * ```
 */
export interface CallOptions {
  signal?: AbortSignal
}

/**
 * The privacy endpoints of WeChat's server API for one mini program (its `authorizer_access_token`). Every method
 * resolves with WeChat's response or rejects with an {@link OpenApiError}.
 *
 * @example
 * ```ts
 * import { createPrivacyApi } from '@mp-privacy/openapi'
 * const api = createPrivacyApi({ accessToken: process.env.WECHAT_ACCESS_TOKEN ?? '' })
 * const dev = await api.getPrivacySetting({ ver: 2 })
 * console.log(dev.privacy_list, dev.setting_list)
 * ```
 */
export interface PrivacyApi {
  /** `POST /cgi-bin/component/getprivacysetting`: the development (`ver: 2`, default) or live (`ver: 1`) guide. */
  getPrivacySetting(params?: { ver?: PrivacyVer }, options?: CallOptions): Promise<GetPrivacySettingResponse>
  /**
   * `POST /cgi-bin/component/setprivacysetting` with the body {@link setPrivacySettingBody} builds. `ver: 2`
   * (default) sets the development version, released by the next reviewed and released code; `ver: 1` changes the
   * live version's `owner_setting` only (86074 when there is no live version yet).
   */
  setPrivacySetting(
    declaration: PrivacyDeclarationInput,
    params?: { ver?: PrivacyVer },
    options?: CallOptions,
  ): Promise<{ errcode: 0; errmsg: string }>
  /**
   * `POST /cgi-bin/component/uploadprivacyextfile` (multipart/form-data, field `file`): your own privacy guide as a
   * `.txt` of at most 100 KB — checked before sending (`INVALID_ARGUMENT`).
   */
  uploadPrivacyExtFile(file: PrivacyExtFile, options?: CallOptions): Promise<UploadPrivacyExtFileResponse>
  /** `GET /wxa/security/get_privacy_interface`: the location APIs that need an approved application, and their state. */
  getPrivacyInterface(options?: CallOptions): Promise<GetPrivacyInterfaceResponse>
  /** `POST /wxa/security/apply_privacy_interface`: applies for one of them. */
  applyPrivacyInterface(
    request: ApplyPrivacyInterfaceRequest,
    options?: CallOptions,
  ): Promise<ApplyPrivacyInterfaceResponse>
  /** `GET /wxa/security/get_code_privacy_info`: privacy APIs of the committed code lacking permission or configuration (61039 retried). */
  getCodePrivacyInfo(options?: CallOptions): Promise<GetCodePrivacyInfoResponse>
}

const OWNER_KEYS = [
  'contact_phone',
  'contact_email',
  'contact_qq',
  'contact_weixin',
  'ext_file_media_id',
  'notice_method',
  'store_expire_timestamp',
] as const

/**
 * The exact body `setPrivacySetting` sends for a declaration: only the documented fields, empty `owner_setting`
 * fields left out (a saved `getprivacysetting` response has them all as `""`), `privacy_label` dropped. With `ver: 1`
 * only `owner_setting` without `ext_file_media_id` is sent: that is all WeChat changes on the live version.
 * Throws an `INVALID_ARGUMENT` {@link OpenApiError} for a `ver` other than 1 or 2.
 *
 * @example
 * ```ts
 * import { setPrivacySettingBody } from '@mp-privacy/openapi'
 * const body = setPrivacySettingBody(
 *   { owner_setting: { contact_email: 'a@example.com', notice_method: '弹窗', contact_qq: '' }, setting_list: [] },
 *   2,
 * )
 * // { privacy_ver: 2, owner_setting: { contact_email: 'a@example.com', notice_method: '弹窗' }, setting_list: [] }
 * ```
 */
export function setPrivacySettingBody(
  declaration: PrivacyDeclarationInput,
  ver: PrivacyVer = 2,
): SetPrivacySettingBody {
  if (ver !== 1 && ver !== 2) {
    throw new OpenApiError('INVALID_ARGUMENT', {
      endpoint: '/cgi-bin/component/setprivacysetting',
      message: `privacy_ver must be 1 (live) or 2 (development), not ${String(ver)}`,
    })
  }
  const source: Partial<Record<string, unknown>> = { ...declaration?.owner_setting }
  const owner: Partial<Record<(typeof OWNER_KEYS)[number], string>> = {}
  for (const key of OWNER_KEYS) {
    const value = source[key]
    if (typeof value === 'string' && value !== '' && !(ver === 1 && key === 'ext_file_media_id'))
      owner[key] = value
  }
  const body: SetPrivacySettingBody = { privacy_ver: ver, owner_setting: owner as OwnerSetting }
  if (ver === 1) return body
  body.setting_list = (declaration.setting_list ?? []).map(item)
  const sdks = declaration.sdk_privacy_info_list ?? []
  if (sdks.length > 0) {
    body.sdk_privacy_info_list = sdks.map((sdk) => ({
      sdk_name: sdk.sdk_name,
      sdk_biz_name: sdk.sdk_biz_name,
      sdk_list: (sdk.sdk_list ?? []).map(item),
    }))
  }
  return body
}

function item(setting: PrivacySettingItem): PrivacySettingItem {
  return { privacy_key: setting.privacy_key, privacy_text: setting.privacy_text }
}

/**
 * Replaces the access token, and any `access_token=` query value, in a text.
 *
 * @example
 * ```ts
 * import { redactToken } from '@mp-privacy/openapi'
 * redactToken('GET /x?access_token=SECRET failed', 'SECRET') // 'GET /x?access_token=*** failed'
 * ```
 */
export function redactToken(text: string, token: string): string {
  let result = text.replace(/access_token=[^&\s"'<>]*/g, 'access_token=***')
  if (token.length > 0) result = result.split(token).join('***')
  return result
}

/**
 * Creates the client. Nothing is sent until a method is called; nothing is logged.
 *
 * @example
 * ```ts
 * import { createPrivacyApi } from '@mp-privacy/openapi'
 * const api = createPrivacyApi({
 *   accessToken: process.env.WECHAT_ACCESS_TOKEN ?? '',
 *   baseUrl: process.env.MP_PRIVACY_API_BASE,
 * })
 * const { without_auth_list } = await api.getCodePrivacyInfo()
 * ```
 */
export function createPrivacyApi(options: PrivacyApiOptions): PrivacyApi {
  const token = options.accessToken ?? ''
  const base = (options.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const retries = Math.max(0, options.retries ?? 3)
  const retryDelayMs = options.retryDelayMs ?? 2_000
  const fetchImpl = options.fetch ?? globalThis.fetch
  const redact = (text: string) => redactToken(text, token)

  async function once(
    method: 'GET' | 'POST',
    path: string,
    body: string | FormData | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Record<string, unknown>> {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const onAbort = () => controller.abort()
    if (signal?.aborted) controller.abort()
    signal?.addEventListener('abort', onAbort)
    let status = 0
    let text: string
    try {
      const response = await fetchImpl(`${base}${path}?access_token=${encodeURIComponent(token)}`, {
        method,
        ...(typeof body === 'string'
          ? { headers: { 'content-type': 'application/json; charset=utf-8' } }
          : {}),
        ...(body === undefined ? {} : { body }),
        signal: controller.signal,
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      if (timedOut) {
        throw new OpenApiError('TIMEOUT', { endpoint: path, message: `no answer within ${timeoutMs} ms` })
      }
      const aborted = signal?.aborted === true
      throw new OpenApiError('NETWORK', {
        endpoint: path,
        message: aborted ? 'cancelled by the caller' : `request failed: ${redact(describe(error))}`,
        cause: new Error(redact(describe(error))),
      })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    if (status < 200 || status >= 300) {
      throw new OpenApiError('HTTP_STATUS', { endpoint: path, status, message: `HTTP ${status}` })
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new OpenApiError('BAD_RESPONSE', {
        endpoint: path,
        message: `the response is not a JSON object: ${JSON.stringify(redact(text.slice(0, 80)))}`,
      })
    }
    return data as Record<string, unknown>
  }

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: string | FormData | undefined,
    callOptions: CallOptions | undefined,
  ): Promise<T> {
    const signal = callOptions?.signal
    for (let attempt = 1; ; attempt++) {
      const data = await once(method, path, body, signal)
      const errcode = data.errcode
      if (typeof errcode !== 'number' || errcode === 0) return data as T
      if (errcodes[errcode]?.retry && attempt <= retries && !signal?.aborted) {
        await sleep(retryDelayMs * 2 ** (attempt - 1), signal)
        if (!signal?.aborted) continue
      }
      throw errorFromErrcode(path, errcode, redact(String(data.errmsg ?? '')), attempt)
    }
  }

  const json = (value: unknown) => JSON.stringify(value)

  return {
    getPrivacySetting(params, callOptions) {
      const ver = params?.ver ?? 2
      return call('POST', '/cgi-bin/component/getprivacysetting', json({ privacy_ver: ver }), callOptions)
    },
    async setPrivacySetting(declaration, params, callOptions) {
      const body = setPrivacySettingBody(declaration, params?.ver ?? 2)
      return call('POST', '/cgi-bin/component/setprivacysetting', json(body), callOptions)
    },
    async uploadPrivacyExtFile(file, callOptions) {
      const path = '/cgi-bin/component/uploadprivacyextfile'
      if (!/\.txt$/i.test(file?.name ?? '')) {
        throw new OpenApiError('INVALID_ARGUMENT', {
          endpoint: path,
          message: `only a .txt file is accepted, not "${String(file?.name)}"`,
        })
      }
      const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content
      if (bytes.byteLength > EXT_FILE_MAX_BYTES) {
        throw new OpenApiError('INVALID_ARGUMENT', {
          endpoint: path,
          message: `${file.name} is ${bytes.byteLength} bytes; the limit is ${EXT_FILE_MAX_BYTES} (100 KB)`,
        })
      }
      const form = new FormData()
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/plain' }), file.name)
      return call('POST', path, form, callOptions)
    },
    getPrivacyInterface(callOptions) {
      return call('GET', '/wxa/security/get_privacy_interface', undefined, callOptions)
    },
    applyPrivacyInterface(request, callOptions) {
      return call('POST', '/wxa/security/apply_privacy_interface', json(request), callOptions)
    },
    getCodePrivacyInfo(callOptions) {
      return call('GET', '/wxa/security/get_code_privacy_info', undefined, callOptions)
    },
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined
  const detail = cause
    ? ` (${[cause.code, cause.message].filter((part) => typeof part === 'string').join(': ')})`
    : ''
  return `${error.message}${detail}`
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
