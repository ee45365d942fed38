import { closestKey } from './closestKey'
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
