/**
 * What went wrong, as a name callers switch on. WeChat's errcodes map to one name each (pairs that mean the same
 * thing share one); the rest are failures on the way to WeChat or refusals before sending:
 * - `OWNER_SETTING_INCOMPLETE` (86069), `INVALID_PRIVACY_VER` (86071), `INVALID_STORAGE_PERIOD` (86072, 87072),
 *   `NO_LIVE_VERSION` (86074), `INVALID_REQUEST_BODY` (47001), `API_UNAUTHORIZED` (48001),
 *   `NOT_AUTHORIZED_TO_PLATFORM` (61007), `ACCESS_TOKEN_MISSING` (41001), `ACCESS_TOKEN_INVALID` (40001, 42001),
 *   `FILE_REJECTED` (40006, 40126), `CHECK_NOT_FINISHED` (61039, retried), `PRIVACY_API_NOT_CONFIGURED` (61040),
 *   `SYSTEM_BUSY` (-1, retried), `WECHAT_ERROR` (any other errcode);
 * - `TIMEOUT`, `HTTP_STATUS` (not 2xx), `BAD_RESPONSE` (not JSON), `NETWORK` (connection failed or dropped);
 * - `INVALID_ARGUMENT`: refused before sending (a file that is not a `.txt` of at most 100 KB, `setting_list` with
 *   `privacy_ver` 1…).
 *
 * @example
 * ```ts
 * import type { OpenApiErrorCode } from '@mp-privacy/openapi'
 * const retryLater = (code: OpenApiErrorCode) => code === 'CHECK_NOT_FINISHED' || code === 'SYSTEM_BUSY'
 * ```
 */
export type OpenApiErrorCode =
  | 'OWNER_SETTING_INCOMPLETE'
  | 'INVALID_PRIVACY_VER'
  | 'INVALID_STORAGE_PERIOD'
  | 'NO_LIVE_VERSION'
  | 'INVALID_REQUEST_BODY'
  | 'API_UNAUTHORIZED'
  | 'NOT_AUTHORIZED_TO_PLATFORM'
  | 'ACCESS_TOKEN_MISSING'
  | 'ACCESS_TOKEN_INVALID'
  | 'FILE_REJECTED'
  | 'CHECK_NOT_FINISHED'
  | 'PRIVACY_API_NOT_CONFIGURED'
  | 'SYSTEM_BUSY'
  | 'WECHAT_ERROR'
  | 'TIMEOUT'
  | 'HTTP_STATUS'
  | 'BAD_RESPONSE'
  | 'NETWORK'
  | 'INVALID_ARGUMENT'

/**
 * A text in Chinese and English.
 *
 * @example
 * ```ts
 * import type { Bilingual } from '@mp-privacy/openapi'
 * const text: Bilingual = { zh: '稍后重试', en: 'Retry later' }
 * ```
 */
export interface Bilingual {
  zh: string
  en: string
}

/**
 * What one errcode means and how to fix it, in Chinese and English. `retry` is true only where WeChat says to retry
 * (61039, -1): the client retries those, with backoff, a bounded number of times.
 *
 * @example
 * ```ts
 * import { type ErrcodeInfo, errcodes } from '@mp-privacy/openapi'
 * const info: ErrcodeInfo = errcodes[86074]
 * info.code // 'NO_LIVE_VERSION'
 * ```
 */
export interface ErrcodeInfo {
  code: OpenApiErrorCode
  meaning: Bilingual
  fix: Bilingual
  retry: boolean
}

const storagePeriod: Omit<ErrcodeInfo, 'code'> = {
  meaning: {
    zh: 'owner_setting.store_expire_timestamp（存储期限）无效',
    en: 'owner_setting.store_expire_timestamp (the storage period) is invalid',
  },
  fix: {
    zh: '写成“N天”，例如 "30天"（以 UTF-8 原文发送，不要转成 \\u5929）；不限期存储就不传这个字段',
    en: 'Write it as "N天", e.g. "30天" (sent as UTF-8, not escaped to \\u5929); leave the field out for no limit',
  },
  retry: false,
}

const tokenInvalid: Omit<ErrcodeInfo, 'code'> = {
  meaning: {
    zh: 'access_token 无效或已过期',
    en: 'The access_token is invalid or expired',
  },
  fix: {
    zh: '重新获取 authorizer_access_token（不是 component_access_token）后重试',
    en: 'Get a fresh authorizer_access_token (not the component_access_token) and retry',
  },
  retry: false,
}

const fileRejected: Omit<ErrcodeInfo, 'code'> = {
  meaning: {
    zh: '上传的文件被拒绝（大小或类型不符合要求）',
    en: 'The uploaded file was rejected (its size or type)',
  },
  fix: {
    zh: '上传不超过 100 KB 的 .txt 文件，以 multipart/form-data 的 file 字段发送',
    en: 'Upload a .txt file of at most 100 KB as the file field of a multipart/form-data request',
  },
  retry: false,
}

/**
 * Every errcode WeChat documents for the privacy endpoints, with its meaning and fix. Sources: the pages of
 * `setprivacysetting`, `getprivacysetting`, `uploadprivacyextfile`, `get_code_privacy_info` and WeChat's global
 * return codes (developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/…).
 *
 * @example
 * ```ts
 * import { errcodes } from '@mp-privacy/openapi'
 * errcodes[61039].retry // true
 * errcodes[86069].fix.en
 * ```
 */
export const errcodes: Readonly<Record<number, ErrcodeInfo>> = {
  86069: {
    code: 'OWNER_SETTING_INCOMPLETE',
    meaning: {
      zh: 'owner_setting 缺少必填字段：4 种联系方式一个都没有，或没有 notice_method',
      en: 'owner_setting lacks a required field: none of the four contacts, or no notice_method',
    },
    fix: {
      zh: '在 owner_setting 中至少填写 contact_phone、contact_email、contact_qq、contact_weixin 之一，并填写 notice_method（例如 "弹窗"）',
      en: 'Fill at least one of contact_phone, contact_email, contact_qq, contact_weixin in owner_setting, and notice_method (e.g. "弹窗")',
    },
    retry: false,
  },
  86071: {
    code: 'INVALID_PRIVACY_VER',
    meaning: { zh: 'privacy_ver 参数无效', en: 'privacy_ver is invalid' },
    fix: {
      zh: 'privacy_ver 只能是 1（现网版）或 2（开发版），以数字发送',
      en: 'privacy_ver is 1 (live) or 2 (development), sent as a number',
    },
    retry: false,
  },
  86072: { code: 'INVALID_STORAGE_PERIOD', ...storagePeriod },
  87072: { code: 'INVALID_STORAGE_PERIOD', ...storagePeriod },
  86074: {
    code: 'NO_LIVE_VERSION',
    meaning: {
      zh: '现网隐私协议不存在：小程序还没有发布过带隐私保护指引的版本',
      en: 'There is no live privacy guide: no version with a guide has been released yet',
    },
    fix: {
      zh: '改用 privacy_ver=2 设置开发版，再提交代码审核并发布；之后才能用 privacy_ver=1 修改现网版的 owner_setting',
      en: 'Set the development version (privacy_ver=2), submit the code for review and release it; only then can privacy_ver=1 change the live owner_setting',
    },
    retry: false,
  },
  47001: {
    code: 'INVALID_REQUEST_BODY',
    meaning: {
      zh: '请求数据格式错误（不是合法 JSON、字段类型不对，或 privacy_ver=1 时传了 setting_list）',
      en: 'The request body is malformed (not JSON, wrong field types, or setting_list sent with privacy_ver=1)',
    },
    fix: {
      zh: '按文档发送 JSON 请求体：privacy_ver 为数字，owner_setting 为对象；privacy_ver=1 时不要传 setting_list',
      en: 'Send the documented JSON body: privacy_ver a number, owner_setting an object; no setting_list with privacy_ver=1',
    },
    retry: false,
  },
  48001: {
    code: 'API_UNAUTHORIZED',
    meaning: {
      zh: '接口未授权：令牌类型不对，或没有该接口的权限',
      en: 'API unauthorized: the wrong kind of token, or no permission for this API',
    },
    fix: {
      zh: '使用授权小程序的 authorizer_access_token，并确认已获得权限集 18（小程序开发与数据分析）',
      en: "Use the authorized mini program's authorizer_access_token, and check that permission set 18 is granted",
    },
    retry: false,
  },
  61007: {
    code: 'NOT_AUTHORIZED_TO_PLATFORM',
    meaning: {
      zh: '小程序没有把该接口所属的权限集授权给第三方平台',
      en: 'The mini program has not granted this API’s permission set to the third-party platform',
    },
    fix: {
      zh: '请小程序管理员重新授权，勾选权限集 18',
      en: "Ask the mini program's admin to authorize again, with permission set 18",
    },
    retry: false,
  },
  41001: {
    code: 'ACCESS_TOKEN_MISSING',
    meaning: { zh: '缺少 access_token', en: 'The access_token is missing' },
    fix: {
      zh: '传入 accessToken（命令行：设置环境变量 WECHAT_ACCESS_TOKEN）',
      en: 'Pass accessToken (command line: set WECHAT_ACCESS_TOKEN)',
    },
    retry: false,
  },
  40001: { code: 'ACCESS_TOKEN_INVALID', ...tokenInvalid },
  42001: { code: 'ACCESS_TOKEN_INVALID', ...tokenInvalid },
  40006: { code: 'FILE_REJECTED', ...fileRejected },
  40126: { code: 'FILE_REJECTED', ...fileRejected },
  61039: {
    code: 'CHECK_NOT_FINISHED',
    meaning: {
      zh: '隐私接口检查任务未完成',
      en: 'The privacy API check of the uploaded code has not finished',
    },
    fix: {
      zh: '等待约一分钟后重试（客户端会自动重试几次）；代码刚 commit 时常见',
      en: 'Retry in about a minute (the client retries a few times); common right after commit',
    },
    retry: true,
  },
  61040: {
    code: 'PRIVACY_API_NOT_CONFIGURED',
    meaning: {
      zh: '代码或 ext.json 中有隐私接口没有权限，或代码用到了 ext.json 未配置的隐私接口',
      en: 'A privacy API in the code or ext.json has no permission, or the code uses one ext.json does not configure',
    },
    fix: {
      zh: '用 apply_privacy_interface 申请权限并在 requiredPrivateInfos 中配置；确实不用就在提审时设置 privacy_api_not_use=true',
      en: 'Apply with apply_privacy_interface and list it in requiredPrivateInfos; if the app does not use it, submit with privacy_api_not_use=true',
    },
    retry: false,
  },
  [-1]: {
    code: 'SYSTEM_BUSY',
    meaning: { zh: '微信系统繁忙', en: 'WeChat is busy' },
    fix: {
      zh: '稍后重试（客户端会自动重试几次）',
      en: 'Retry later (the client retries a few times)',
    },
    retry: true,
  },
}

const local: Record<
  'WECHAT_ERROR' | 'TIMEOUT' | 'HTTP_STATUS' | 'BAD_RESPONSE' | 'NETWORK' | 'INVALID_ARGUMENT',
  Bilingual
> = {
  WECHAT_ERROR: {
    zh: '查看 errmsg 和微信的全局返回码说明',
    en: "See errmsg and WeChat's global return codes",
  },
  TIMEOUT: {
    zh: '检查网络或代理；需要时调大 timeoutMs',
    en: 'Check the network or proxy; raise timeoutMs if needed',
  },
  HTTP_STATUS: {
    zh: '稍后重试；持续出现时检查代理或 baseUrl',
    en: 'Retry later; if it persists, check the proxy or baseUrl',
  },
  BAD_RESPONSE: {
    zh: '响应不是 JSON：检查 baseUrl 是否指向微信接口（或可信的代理）',
    en: "The response is not JSON: check that baseUrl points at WeChat's API (or a faithful proxy)",
  },
  NETWORK: {
    zh: '连接失败或被中断：检查网络、DNS 或代理后重试',
    en: 'The connection failed or dropped: check the network, DNS or proxy and retry',
  },
  INVALID_ARGUMENT: { zh: '按错误信息修正参数', en: 'Fix the argument as the message says' },
}

/**
 * The one error type of `@mp-privacy/openapi`. Switch on `code` (or `errcode` for WeChat's number); `meaning` and
 * `fix` say what happened and what to do, in Chinese and English. The message, `errmsg`, `cause` and stack never
 * contain the access token: every text is redacted before it is stored.
 *
 * @example
 * ```ts
 * import { createPrivacyApi, OpenApiError } from '@mp-privacy/openapi'
 * const api = createPrivacyApi({ accessToken: process.env.WECHAT_ACCESS_TOKEN ?? '' })
 * try {
 *   await api.setPrivacySetting({ owner_setting: { notice_method: '弹窗' }, setting_list: [] }, { ver: 1 })
 * } catch (error) {
 *   if (error instanceof OpenApiError && error.code === 'NO_LIVE_VERSION') console.error(error.fix.zh)
 * }
 * ```
 */
export class OpenApiError extends Error {
  override readonly name = 'OpenApiError'
  readonly code: OpenApiErrorCode
  /** WeChat's errcode, when WeChat answered with one. */
  readonly errcode: number | undefined
  /** WeChat's errmsg (redacted), when WeChat answered with one. */
  readonly errmsg: string | undefined
  /** The HTTP status, for `HTTP_STATUS`. */
  readonly status: number | undefined
  /** The endpoint path, e.g. `/cgi-bin/component/setprivacysetting` (never the query). */
  readonly endpoint: string
  readonly meaning: Bilingual
  readonly fix: Bilingual
  /** How many attempts were made. */
  readonly attempts: number

  constructor(
    code: OpenApiErrorCode,
    details: {
      endpoint: string
      message: string
      errcode?: number
      errmsg?: string
      status?: number
      meaning?: Bilingual
      fix?: Bilingual
      attempts?: number
      cause?: Error
    },
  ) {
    const known = details.errcode === undefined ? undefined : errcodes[details.errcode]
    const fix = details.fix ?? known?.fix ?? local[code as keyof typeof local] ?? local.WECHAT_ERROR
    super(`${details.endpoint}: ${details.message}. ${fix.en}`, details.cause ? { cause: details.cause } : {})
    this.code = code
    this.errcode = details.errcode
    this.errmsg = details.errmsg
    this.status = details.status
    this.endpoint = details.endpoint
    this.meaning = details.meaning ?? known?.meaning ?? { zh: details.message, en: details.message }
    this.fix = fix
    this.attempts = details.attempts ?? 1
  }
}

/**
 * The error for a response `{ errcode, errmsg }` with a non-zero errcode.
 *
 * @example
 * ```ts
 * import { errorFromErrcode } from '@mp-privacy/openapi'
 * errorFromErrcode('/cgi-bin/component/setprivacysetting', 86074, 'no live version').code // 'NO_LIVE_VERSION'
 * ```
 */
export function errorFromErrcode(
  endpoint: string,
  errcode: number,
  errmsg: string,
  attempts = 1,
): OpenApiError {
  const known = errcodes[errcode]
  return new OpenApiError(known?.code ?? 'WECHAT_ERROR', {
    endpoint,
    errcode,
    errmsg,
    attempts,
    message: `errcode ${errcode} (${errmsg})${known ? `: ${known.meaning.en}` : ''}`,
  })
}
