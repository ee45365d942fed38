import { describePrivacyKey, PRIVACY_KEYS, type PrivacyKey } from '@mp-privacy/core/catalog'
import type { RuleSpec } from './rules'
import type { Finding } from './types'

/**
 * The declaration lint's rules. Each prevents a `setprivacysetting` errcode or a review rejection:
 * - `owner-setting-missing`, `owner-contact-missing`, `notice-method-missing` — 86069;
 * - `storage-period-format` — 86072 / 87072 (`store_expire_timestamp` reads "N天");
 * - `privacy-ver-invalid` — 86071; `setting-list-missing` and `setting-list-with-live-version` — the
 *   `privacy_ver` / `setting_list` combinations WeChat refuses;
 * - `setting-entry-shape`, `sdk-list-shape` — 47001 (the request's shape);
 * - `privacy-text-empty` — an entry WeChat treats as not configured (errno 112 for its APIs);
 * - `privacy-text-label-only` — the review's "描述不明确" (a purpose that only repeats the type's name);
 * - `duplicate-privacy-key` — a type declared twice;
 * - `privacy-key-typo` — an unknown key close to one of WeChat's ("did you mean Location?"); other custom keys
 *   are allowed, as WeChat allows them.
 *
 * @example
 * ```ts
 * import type { DeclarationRuleId } from '@mp-privacy/audit'
 * const rule: DeclarationRuleId = 'storage-period-format'
 * ```
 */
export type DeclarationRuleId =
  | 'owner-setting-missing'
  | 'owner-contact-missing'
  | 'notice-method-missing'
  | 'storage-period-format'
  | 'privacy-ver-invalid'
  | 'setting-list-missing'
  | 'setting-list-with-live-version'
  | 'setting-entry-shape'
  | 'sdk-list-shape'
  | 'privacy-text-empty'
  | 'privacy-text-label-only'
  | 'duplicate-privacy-key'
  | 'privacy-key-typo'

const SET_PRIVACY_SETTING =
  'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/api_setprivacysetting.html'
// The review asks for "准确、清晰的使用场景、目的" (WeChat's answer on how to configure the guide).
const REVIEW = 'https://developers.weixin.qq.com/community/develop/doc/000a4e1b7b81901730d03183e6bc00'

const text = (zh: (subject: string) => string, en: (subject: string) => string) =>
  ({ zh: (f: Finding) => zh(f.subject), en: (f: Finding) => en(f.subject) }) as const

/**
 * The declaration lint's rules as entries of the audit's rule table (`rules` in `@mp-privacy/audit`): severity,
 * the WeChat documentation, title and message in Chinese and English. The message says what WeChat does with the
 * declaration (errcode, errno 112 or the review) and how to fix it.
 *
 * @example
 * ```ts
 * import { rules } from '@mp-privacy/audit'
 * rules['storage-period-format'].title.en // 'Storage period not in days'
 * ```
 */
export const declarationRules = {
  // setprivacysetting: "4种联系方式至少要填一种"; notice_method 必填 — both answer 86069.
  'owner-setting-missing': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '缺少 owner_setting', en: 'No owner_setting' },
    message: text(
      () =>
        '缺少 owner_setting，setprivacysetting 会返回 86069。加入 { "contact_email": "…", "notice_method": "弹窗" }（4 种联系方式至少一种，加上通知方式）。',
      () =>
        'owner_setting is missing; setprivacysetting answers 86069. Add { "contact_email": "…", "notice_method": "…" } (at least one of the four contacts, and how users are notified, e.g. a pop-up).',
    ),
  },
  'owner-contact-missing': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: 'owner_setting 没有联系方式', en: 'No contact in owner_setting' },
    message: text(
      () =>
        'owner_setting 中 4 种联系方式（contact_phone、contact_email、contact_qq、contact_weixin）一个都没填，setprivacysetting 会返回 86069。至少填写一种。',
      () =>
        'owner_setting has none of the four contacts (contact_phone, contact_email, contact_qq, contact_weixin); setprivacysetting answers 86069. Fill at least one.',
    ),
  },
  'notice-method-missing': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '缺少通知方式 notice_method', en: 'No notice_method' },
    message: text(
      () =>
        'owner_setting.notice_method（收集信息有变动时如何通知用户）为空，setprivacysetting 会返回 86069。按实际填写，例如 "弹窗" 或 "公告"。',
      () =>
        'owner_setting.notice_method (how users are told when the collection changes) is empty; setprivacysetting answers 86069. Write the real one, e.g. a pop-up or a notice (in Chinese, as users read it).',
    ),
  },
  // store_expire_timestamp is a period such as "30天"; anything else answers 86072 (87072 on some accounts).
  'storage-period-format': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '存储期限不是“N天”', en: 'Storage period not in days' },
    message: text(
      (s) =>
        `存储期限 ${JSON.stringify(s)} 不是“N天”的格式，setprivacysetting 会返回 86072（或 87072）。写成 "30天" 这样的正整数加“天”；不限期就删除该字段。`,
      (s) =>
        `The storage period ${JSON.stringify(s)} is not a number of days; setprivacysetting answers 86072 (or 87072). Write a whole number followed by the Chinese character for day (U+5929), as in 30 days; remove the field for no limit.`,
    ),
  },
  'privacy-ver-invalid': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: 'privacy_ver 无效', en: 'Invalid privacy_ver' },
    message: text(
      (s) => `privacy_ver 是 ${s}，setprivacysetting 会返回 86071。只能是数字 1（现网版）或 2（开发版）。`,
      (s) =>
        `privacy_ver is ${s}; setprivacysetting answers 86071. Use the number 1 (live) or 2 (development).`,
    ),
  },
  // "当privacy_ver传2或者不传时，setting_list是必填；当privacy_ver传1时，该参数不可传，否则会报错".
  'setting-list-missing': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '开发版缺少 setting_list', en: 'No setting_list for the development version' },
    message: text(
      () =>
        '开发版（privacy_ver 2）必须传 setting_list。列出小程序收集的每种信息及用途（mp-privacy-audit <dir> --emit-setting 可生成）。',
      () =>
        'The development version (privacy_ver 2) needs setting_list. List every type the app collects with its purpose (mp-privacy-audit <dir> --emit-setting prints one).',
    ),
  },
  'setting-list-with-live-version': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '现网版不能传 setting_list', en: 'setting_list with the live version' },
    message: text(
      () =>
        'privacy_ver 为 1（现网版）时不能传 setting_list，setprivacysetting 会报错。现网版只能修改 owner_setting；要改隐私类型，用 privacy_ver 2 设置开发版后提审发布。',
      () =>
        'setting_list cannot be sent with privacy_ver 1 (live); setprivacysetting refuses it. The live version takes owner_setting only; to change the types, set the development version (privacy_ver 2), then submit and release.',
    ),
  },
  'setting-entry-shape': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: 'setting_list 格式错误', en: 'Malformed setting_list' },
    message: text(
      (s) =>
        `${s} 的格式不对，会返回 47001。setting_list 是数组，每一项写成 { "privacy_key": "Location", "privacy_text": "用途" }。`,
      (s) =>
        `${s} has the wrong shape; otherwise 47001. setting_list is an array of { "privacy_key": "Location", "privacy_text": "purpose" }.`,
    ),
  },
  'sdk-list-shape': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: 'sdk_privacy_info_list 格式错误', en: 'Malformed sdk_privacy_info_list' },
    message: text(
      (s) =>
        `${s} 的格式不对，会返回 47001。每个 SDK 写成 { "sdk_name": "SDK 名称", "sdk_biz_name": "SDK 提供方主体", "sdk_list": [{ "privacy_key": "…", "privacy_text": "…" }] }，sdk_list 不能为空。`,
      (s) =>
        `${s} has the wrong shape; otherwise 47001. Each SDK is { "sdk_name": "the SDK's name", "sdk_biz_name": "its provider", "sdk_list": [{ "privacy_key": "…", "privacy_text": "…" }] }, with a non-empty sdk_list.`,
    ),
  },
  // "setting_list 中对应的 privacy_text 为空，则表示 … 尚未配置" (knowledge base 010411c70d5a7e2a).
  'privacy-text-empty': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/doc/knowledge/010411c70d5a7e2a.html',
    title: { zh: '用途为空', en: 'Empty purpose' },
    message: text(
      (s) =>
        `"${s}" 的 privacy_text 为空：微信视为未配置，它的接口会以 errno 112 失败，审核也会驳回。填写收集它的用途（显示为“为了……”）。`,
      (s) =>
        `The privacy_text of "${s}" is empty: WeChat treats the type as not configured, its APIs fail with errno 112 and the review rejects it. Write why the app collects it (shown to users as "in order to …").`,
    ),
  },
  'privacy-text-label-only': {
    severity: 'error',
    url: REVIEW,
    title: { zh: '用途只重复了类型名称', en: "Purpose only repeats the type's name" },
    message: text(
      (s) =>
        `"${s}" 的用途只是重复了类型名称，审核会以“描述不明确”驳回。写明具体场景和目的，例如「在下单页自动填写你的收货地址」。`,
      (s) =>
        `The purpose of "${s}" only repeats the type's name; the review rejects it as an unclear description. Say where and why, e.g. "fill in your delivery address on the order page".`,
    ),
  },
  'duplicate-privacy-key': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '重复声明的类型', en: 'Type declared twice' },
    message: text(
      (s) => `"${s}" 声明了不止一次。每种类型只声明一次，把用途合并成一条。`,
      (s) => `"${s}" is declared more than once. Declare each type once, with the purposes in one entry.`,
    ),
  },
  // privacy_key "该字段也支持自定义": a misspelt key is silently a custom one.
  'privacy-key-typo': {
    severity: 'error',
    url: SET_PRIVACY_SETTING,
    title: { zh: '疑似拼错的隐私类型', en: 'Misspelt privacy type' },
    message: text(
      (s) =>
        `"${s}" 不是微信的隐私类型，却和 "${closestKey(s)}" 很像：微信会把它当作自定义类型，"${closestKey(s)}" 的接口仍会以 errno 112 失败。是不是想写 "${closestKey(s)}"？`,
      (s) =>
        `"${s}" is not a WeChat privacy type but is close to "${closestKey(s)}": WeChat would take it as a custom type, and the APIs of "${closestKey(s)}" still fail with errno 112. Did you mean "${closestKey(s)}"?`,
    ),
  },
} as const satisfies Record<DeclarationRuleId, RuleSpec>

/**
 * One problem of a declaration: where (`path`, e.g. `setting_list[2].privacy_key`), what it prevents (`errcode`
 * of `setprivacysetting`, or `review` for a review rejection) and the message with its fix in Chinese and English.
 *
 * @example
 * ```ts
 * import { type DeclarationFinding, lintDeclaration } from '@mp-privacy/audit'
 * const findings: DeclarationFinding[] = lintDeclaration({ owner_setting: { notice_method: '弹窗' }, setting_list: [] })
 * findings[0]?.errcode // 86069
 * ```
 */
export interface DeclarationFinding {
  rule: DeclarationRuleId
  severity: 'error'
  path: string
  subject: string
  errcode?: number
  review?: true
  /** The known key (or field) a misspelt one is close to. */
  suggestion?: string
  message: { zh: string; en: string }
}

/**
 * Options of {@link lintDeclaration}.
 *
 * @example
 * ```ts
 * import type { DeclarationLintOptions } from '@mp-privacy/audit'
 * const options: DeclarationLintOptions = { ver: 1 }
 * ```
 */
export interface DeclarationLintOptions {
  /**
   * The version the declaration is for: 2 (development, default) checks everything; 1 (live) checks what
   * `setprivacysetting` takes for it, `owner_setting`. Default: the declaration's own `privacy_ver`, else 2.
   */
  ver?: 1 | 2
  /**
   * Whether `owner_setting` must be there (it must, to be sent). The audit checks a declaration without one only
   * for its types. Default true.
   */
  requireOwnerSetting?: boolean
}

const CONTACTS = ['contact_phone', 'contact_email', 'contact_qq', 'contact_weixin'] as const
const STORAGE_PERIOD = /^[1-9]\d*天$/
const KNOWN_KEYS: readonly string[] = PRIVACY_KEYS
const ENTRY_FIELDS = ['privacy_key', 'privacy_text', 'privacy_label']

/**
 * Checks a declaration (`privacy.json`, a saved `getprivacysetting` response or a `setprivacysetting` body)
 * offline, the way `setprivacysetting` and the review check it. Returns the findings, empty when it can be sent.
 * Keys and their names come from `@mp-privacy/core/catalog`.
 *
 * @example
 * ```ts
 * import { lintDeclaration } from '@mp-privacy/audit'
 * const findings = lintDeclaration({
 *   owner_setting: { contact_email: 'privacy@example.com', notice_method: '弹窗', store_expire_timestamp: '30 days' },
 *   setting_list: [{ privacy_key: 'Locaton', privacy_text: '位置信息' }],
 * })
 * findings.map((finding) => finding.rule) // ['storage-period-format', 'privacy-key-typo']
 * ```
 */
export function lintDeclaration(value: unknown, options: DeclarationLintOptions = {}): DeclarationFinding[] {
  const findings: DeclarationFinding[] = []
  const add: Add = (rule, path, subject, extra = {}) => {
    const as = { rule, severity: 'error', subject, locations: [] } as Finding
    const message = { zh: declarationRules[rule].message.zh(as), en: declarationRules[rule].message.en(as) }
    const { hint, ...rest } = extra
    if (hint) {
      message.zh += hint.zh
      message.en += ` ${hint.en}`
    }
    findings.push({ rule, severity: 'error', path, subject, ...rest, message })
  }
  if (!isObject(value)) {
    add('setting-entry-shape', '$', 'privacy.json', { errcode: 47001 })
    return findings
  }

  const own = value.privacy_ver
  if (own !== undefined && own !== 1 && own !== 2) {
    add('privacy-ver-invalid', 'privacy_ver', JSON.stringify(own) ?? String(own), { errcode: 86071 })
  }
  const ver = options.ver ?? (own === 1 ? 1 : 2)

  const owner = value.owner_setting
  if (owner === undefined && options.requireOwnerSetting === false) {
    // The audit's declaration may carry only its types.
  } else if (!isObject(owner)) {
    add('owner-setting-missing', 'owner_setting', 'owner_setting', { errcode: 86069 })
  } else {
    if (!CONTACTS.some((field) => filled(owner[field]))) {
      add('owner-contact-missing', 'owner_setting', 'owner_setting', { errcode: 86069 })
    }
    if (!filled(owner.notice_method)) {
      add('notice-method-missing', 'owner_setting.notice_method', 'notice_method', { errcode: 86069 })
    }
    const period = owner.store_expire_timestamp
    if (
      period !== undefined &&
      period !== '' &&
      !(typeof period === 'string' && STORAGE_PERIOD.test(period))
    ) {
      add('storage-period-format', 'owner_setting.store_expire_timestamp', String(period), { errcode: 86072 })
    }
  }

  const list = value.setting_list
  if (ver === 1) {
    if (own === 1 && Array.isArray(list) && list.length > 0) {
      add('setting-list-with-live-version', 'setting_list', 'setting_list')
    }
    return findings
  }
  if (list === undefined) {
    if (options.requireOwnerSetting !== false) add('setting-list-missing', 'setting_list', 'setting_list')
  } else {
    checkEntries(list, 'setting_list', add)
  }

  const sdks = value.sdk_privacy_info_list
  if (sdks !== undefined && !Array.isArray(sdks)) {
    add('sdk-list-shape', 'sdk_privacy_info_list', 'sdk_privacy_info_list', { errcode: 47001 })
  } else if (sdks !== undefined) {
    sdks.forEach((sdk: unknown, index) => {
      const path = `sdk_privacy_info_list[${index}]`
      if (!isObject(sdk)) {
        add('sdk-list-shape', path, path, { errcode: 47001 })
        return
      }
      for (const field of ['sdk_name', 'sdk_biz_name'] as const) {
        if (!filled(sdk[field]))
          add('sdk-list-shape', `${path}.${field}`, `${path}.${field}`, { errcode: 47001 })
      }
      if (!Array.isArray(sdk.sdk_list) || sdk.sdk_list.length === 0) {
        add('sdk-list-shape', `${path}.sdk_list`, `${path}.sdk_list`, { errcode: 47001 })
      } else {
        checkEntries(sdk.sdk_list, `${path}.sdk_list`, add)
      }
    })
  }
  return findings
}

type Add = (
  rule: DeclarationRuleId,
  path: string,
  subject: string,
  extra?: Pick<DeclarationFinding, 'errcode' | 'review' | 'suggestion'> & {
    hint?: { zh: string; en: string }
  },
) => void

function checkEntries(list: unknown, path: string, add: Add): void {
  if (!Array.isArray(list)) {
    add('setting-entry-shape', path, path, { errcode: 47001 })
    return
  }
  const seen = new Set<string>()
  list.forEach((entry: unknown, index) => {
    const at = `${path}[${index}]`
    if (!isObject(entry) || typeof entry.privacy_key !== 'string' || entry.privacy_key.trim() === '') {
      add('setting-entry-shape', at, at, { errcode: 47001 })
      return
    }
    const key = entry.privacy_key
    if (seen.has(key)) add('duplicate-privacy-key', `${at}.privacy_key`, key)
    seen.add(key)
    if (!KNOWN_KEYS.includes(key)) {
      const suggestion = closestKey(key)
      if (suggestion) add('privacy-key-typo', `${at}.privacy_key`, key, { suggestion })
    }
    const purpose = entry.privacy_text
    if (typeof purpose !== 'string' || purpose.trim() === '') {
      const misnamed = Object.keys(entry).find(
        (field) => !ENTRY_FIELDS.includes(field) && /^privacy_/.test(field),
      )
      add(
        'privacy-text-empty',
        `${at}.privacy_text`,
        key,
        misnamed
          ? {
              suggestion: 'privacy_text',
              hint: {
                zh: `这一项有 "${misnamed}"，是不是想写 "privacy_text"？`,
                en: `The entry has "${misnamed}": did you mean "privacy_text"?`,
              },
            }
          : {},
      )
      return
    }
    if (labelOnly(key, purpose)) add('privacy-text-label-only', `${at}.privacy_text`, key, { review: true })
  })
}

/**
 * The catalog key a misspelt key is close to: the same letters in another case, or at most one edit away (two
 * for keys of eight letters or more). Real custom keys are further away and stay allowed.
 */
function closestKey(key: string): string | undefined {
  const lower = key.toLowerCase()
  let best: { key: string; distance: number } | undefined
  for (const known of KNOWN_KEYS) {
    const distance = known.toLowerCase() === lower ? 0 : editDistance(lower, known.toLowerCase())
    const allowed = known.length >= 8 ? 2 : 1
    if (distance <= allowed && (!best || distance < best.distance)) best = { key: known, distance }
  }
  return best?.key
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

const FILLERS = /^(为了|用于|以便|用来|获取|收集|读取|使用|访问|需要|申请|开发者|用户的?|你的|您的|我们)/

/** A purpose that, once the filler words around it are gone, is only the type's name (or its key). */
function labelOnly(key: string, text: string): boolean {
  const names = [key]
  if (KNOWN_KEYS.includes(key)) {
    const label = describePrivacyKey(key as PrivacyKey, 'zh')
    names.push(label, label.replace(/（[^）]*）|\([^)]*\)/g, ''))
  }
  const purpose = core(text)
  return names.some((name) => core(name) === purpose)
}

/** The text without punctuation, leading filler words ("获取", "用户的"…) and a trailing "权限"/"信息"/"数据". */
function core(text: string): string {
  let result = normalize(text)
  for (let previous = ''; previous !== result; ) {
    previous = result
    result = result.replace(FILLERS, '')
  }
  return result.replace(/(权限|信息|数据)$/, '')
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s，。、；：！？“”‘’「」（）()《》,.;:!?'"[\]【】-]/g, '')
}

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * One finding as one line: rule, place, message (with its fix), in Chinese or English.
 *
 * @example
 * ```ts
 * import { formatDeclarationFinding, lintDeclaration } from '@mp-privacy/audit'
 * for (const finding of lintDeclaration({ setting_list: [] })) console.log(formatDeclarationFinding(finding, 'en'))
 * ```
 */
export function formatDeclarationFinding(finding: DeclarationFinding, lang: 'zh' | 'en' = 'zh'): string {
  const because =
    finding.errcode !== undefined
      ? lang === 'zh'
        ? `（防止 errcode ${finding.errcode}）`
        : ` (prevents errcode ${finding.errcode})`
      : finding.review
        ? lang === 'zh'
          ? '（防止审核驳回）'
          : ' (prevents a review rejection)'
        : ''
  return `✖ [${finding.rule}] ${finding.path}${because}: ${finding.message[lang]}`
}

/**
 * The rules the audit leaves to `push`: the request's shape (the audit reads whatever types it can), and what its
 * own rules already judge (an empty purpose: not declared, so
 * `undeclared-privacy-type` where it is used).
 */
const JUDGED_ELSEWHERE: ReadonlySet<DeclarationRuleId> = new Set([
  'setting-entry-shape',
  'sdk-list-shape',
  'setting-list-missing',
  'privacy-text-empty',
])

/**
 * The lint's findings that the audit reports, each with the texts to find its place in `privacy.json` (in order).
 * A declaration without `owner_setting` is checked for its types only.
 *
 * @example
 * ```ts
 * import { auditDeclaration } from './declarationLint' // inside the audit: audit.ts
 * auditDeclaration({ owner_setting: { notice_method: '弹窗' }, setting_list: [] })[0]?.rule // 'owner-contact-missing'
 * ```
 */
export function auditDeclaration(
  declaration: unknown,
): { rule: DeclarationRuleId; subject: string; needles: string[] }[] {
  return lintDeclaration(declaration, { requireOwnerSetting: false })
    .filter((finding) => !JUDGED_ELSEWHERE.has(finding.rule))
    .map((finding) => {
      const fields = finding.path.split(/[.[\]]+/).filter((part) => part !== '' && !/^\d+$/.test(part))
      const entry = finding.rule === 'duplicate-privacy-key' || finding.rule === 'privacy-text-label-only'
      const needles = entry
        ? [
            fields[0] ?? '',
            finding.subject,
            ...(finding.rule === 'duplicate-privacy-key' ? [finding.subject] : []),
          ]
        : fields
      return { rule: finding.rule, subject: finding.subject, needles: needles.map((text) => `"${text}"`) }
    })
}
