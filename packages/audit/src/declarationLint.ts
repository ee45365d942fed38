import { describePrivacyKey, PRIVACY_KEYS, type PrivacyKey } from '@mp-privacy/core/catalog'
import { closestKey } from './closestKey'
import { type DeclarationRuleId, declarationRules } from './declarationRules'
import type { Finding } from './types'

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
