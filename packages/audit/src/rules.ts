import { declarationRules } from './declarationRules'
import { PERMISSION_DESC_MAX, PERMISSION_SCOPES, REQUIRED_PRIVATE_INFOS } from './gated'
import type { Finding, ReportLang, Severity } from './types'
import { consequences, key, scopeName, uses } from './wording'

type Text = Readonly<Record<ReportLang, string>>
type Message = Readonly<Record<ReportLang, (finding: Finding) => string>>

/**
 * One rule of the audit: how bad it is, the WeChat documentation it follows, its title and its message in both
 * languages.
 *
 * @example
 * ```ts
 * import { type RuleSpec, rules } from '@mp-privacy/audit'
 * const spec: RuleSpec = rules['undeclared-privacy-type']
 * spec.title.en // 'Privacy type used but not declared'
 * ```
 */
export interface RuleSpec {
  readonly severity: Severity
  readonly url: string
  readonly title: Text
  readonly message: Message
}

const docs = {
  privacy: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  intro: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html',
  infos:
    'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos',
  permission: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#permission',
  authorize: 'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html',
}

/**
 * Every rule of the audit, one entry each. `RuleId`, `ruleDocs` and the report's titles and messages all come from
 * here; a new rule is one new entry.
 *
 * @example
 * ```ts
 * import { rules } from '@mp-privacy/audit'
 * rules['missing-permission-desc'].severity // 'error'
 * ```
 */
export const rules = {
  // An API whose privacy type the guide does not declare fails with errno 112 (H7): "隐私接口需要在隐私协议中声明".
  // An entry whose privacy_text is empty is not configured, so it does not declare its type (isDeclaredSetting).
  'undeclared-privacy-type': {
    severity: 'error',
    url: docs.privacy,
    title: { zh: '使用了未声明的隐私类型', en: 'Privacy type used but not declared' },
    message: {
      zh: (f) =>
        `${key(f, 'zh')}未在隐私保护指引中声明：${consequences(f, 'zh')}。在 privacy.json 的 setting_list 中加入 "${f.subject}" 并填写用途，并在小程序管理后台同步更新「用户隐私保护指引」。`,
      en: (f) =>
        `${key(f, 'en')} is not declared in the privacy guide: ${consequences(f, 'en')}. Add "${f.subject}" with its purpose to setting_list in privacy.json, and update the privacy guide in the mini program admin console.`,
    },
  },
  // WeChat compares the types it detects with the declared ones (privacy_list vs setting_list of getprivacysetting).
  'unused-privacy-type': {
    severity: 'warning',
    url: docs.intro,
    title: { zh: '声明了未使用的隐私类型', en: 'Privacy type declared but not used' },
    message: {
      zh: (f) =>
        `声明了 ${key(f, 'zh')}，但代码中没有使用它的接口或组件。确认是否仍需收集；不需要就从 privacy.json 和隐私保护指引中删除。`,
      en: (f) =>
        `${key(f, 'en')} is declared but no API or component of it is used. If the app no longer collects it, remove it from privacy.json and the privacy guide.`,
    },
  },
  // The 8 location APIs must be listed in app.json requiredPrivateInfos, or calls fail (since 2022-07-14).
  'missing-required-private-info': {
    severity: 'error',
    url: docs.infos,
    title: {
      zh: '地理位置接口未在 requiredPrivateInfos 中声明',
      en: 'Location API missing from requiredPrivateInfos',
    },
    message: {
      zh: (f) =>
        `接口 ${f.subject} 未在 app.json 的 requiredPrivateInfos 中声明，调用会失败。把 "${f.subject}" 加入 requiredPrivateInfos（Taro：app.config.ts；uni-app：manifest.json 的 mp-weixin）。`,
      en: (f) =>
        `The API ${f.subject} is not listed in app.json requiredPrivateInfos, so its calls fail. Add "${f.subject}" to requiredPrivateInfos (Taro: app.config.ts; uni-app: manifest.json under mp-weixin).`,
    },
  },
  // Only the location scopes need (and accept) a permission description in app.json.
  'missing-permission-desc': {
    severity: 'error',
    url: docs.permission,
    title: { zh: '缺少 permission 用途说明', en: 'Missing permission description' },
    message: {
      zh: (f) =>
        `使用了 scope ${f.subject}（${scopeName(f.subject, 'zh')}，来自${uses(f, 'zh')}），但 app.json 的 permission["${f.subject}"].desc 缺失。填写不超过 ${PERMISSION_DESC_MAX} 个字符的用途说明。`,
      en: (f) =>
        `The scope ${f.subject} (${scopeName(f.subject, 'en')}) is used by ${uses(f, 'en')} but app.json permission["${f.subject}"].desc is missing. Add a purpose of at most ${PERMISSION_DESC_MAX} characters.`,
    },
  },
  'invalid-required-private-info': {
    severity: 'error',
    url: docs.infos,
    title: { zh: 'requiredPrivateInfos 含无效接口名', en: 'Invalid requiredPrivateInfos value' },
    message: {
      zh: (f) =>
        `requiredPrivateInfos 中的 "${f.subject}" 不是可声明的接口。只能填写：${REQUIRED_PRIVATE_INFOS.join('、')}。`,
      en: (f) =>
        `"${f.subject}" in requiredPrivateInfos is not a declarable API. Allowed: ${REQUIRED_PRIVATE_INFOS.join(', ')}.`,
    },
  },
  // "模糊位置信息和精确位置信息是互斥的 … 若同时声明 … 则在编译代码时出现错误" (official announcement of 2022-07-14).
  'conflicting-required-private-infos': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/community/develop/doc/000a02f2c5026891650e7f40351c01',
    title: {
      zh: 'requiredPrivateInfos 同时声明了模糊与精确位置',
      en: 'requiredPrivateInfos lists both fuzzy and precise location',
    },
    message: {
      zh: (f) =>
        `requiredPrivateInfos 同时声明了模糊位置接口和精确位置接口（${f.subject}），二者互斥，编译会报错。只保留其中一类。`,
      en: (f) =>
        `requiredPrivateInfos lists fuzzy and precise location APIs together (${f.subject}); they are mutually exclusive and the build fails. Keep one kind.`,
    },
  },
  // Other scopes in app.json permission are rejected ("无效的 app.json permission[…]") (authorize docs, 注意事项).
  'invalid-permission-scope': {
    severity: 'error',
    url: docs.authorize,
    title: { zh: 'permission 含无效 scope', en: 'Invalid scope in permission' },
    message: {
      zh: (f) =>
        `app.json 的 permission 中的 scope "${f.subject}" 无效：只有 ${PERMISSION_SCOPES.join('、')} 需要（且可以）填写用途说明。删除它。`,
      en: (f) =>
        `The scope "${f.subject}" in app.json permission is invalid: only ${PERMISSION_SCOPES.join(', ')} take a description. Remove it.`,
    },
  },
  'permission-desc-too-long': {
    severity: 'error',
    url: docs.permission,
    title: { zh: 'permission 用途说明过长', en: 'Permission description too long' },
    message: {
      zh: (f) => `permission["${f.subject}"].desc 超过 ${PERMISSION_DESC_MAX} 个字符。缩短用途说明。`,
      en: (f) =>
        `permission["${f.subject}"].desc is longer than ${PERMISSION_DESC_MAX} characters. Shorten it.`,
    },
  },
  'missing-privacy-declaration': {
    severity: 'error',
    url: docs.privacy,
    title: { zh: '找不到隐私声明', en: 'No privacy declaration' },
    message: {
      zh: () =>
        '找不到 privacy.json。在项目根目录（下面列出的位置）创建它（可用 mp-privacy-audit <dir> --emit-setting 生成 setting_list），或用 --privacy 指定文件。',
      en: () =>
        'No privacy.json found. Create one in the project root (the place listed below; mp-privacy-audit <dir> --emit-setting prints a setting_list), or pass --privacy.',
    },
  },
  'unparsable-file': {
    severity: 'warning',
    url: docs.privacy,
    title: { zh: '无法读取的文件', en: 'File could not be read' },
    message: {
      zh: (f) => `无法读取或解析此文件，已跳过，其中的隐私接口调用与组件未被检查：${f.subject}`,
      en: (f) =>
        `This file could not be read or parsed and was skipped; its privacy API calls and components were not checked: ${f.subject}`,
    },
  },
  // `wx[name](…)` with a name built at run time: which API it calls cannot be known without running the code.
  'dynamic-api-call': {
    severity: 'warning',
    url: docs.privacy,
    title: { zh: '运行时才确定的接口名或 scope', en: 'API name or scope built at run time' },
    message: {
      zh: (f) =>
        `此文件以运行时才确定的接口名或 scope 调用接口（${f.subject}），无法判断用到了哪个隐私接口或权限，这些调用未被检查（每个文件只提示一次）。改用 wx.接口名(…)、同文件中的常量，或人工确认其隐私类型已声明。`,
      en: (f) =>
        `This file calls the host with an API name or a scope built at run time (${f.subject}): which privacy API or scope it uses cannot be known, and these calls were not checked (said once per file). Call wx.apiName(…) or use a constant of the same file, or check by hand that their privacy types are declared.`,
    },
  },
  // A build whose shape is unknown (no @tarojs/taro module to trace Taro's calls through): its uses may be missing,
  // so declared types are not called unused.
  'unrecognised-build': {
    severity: 'warning',
    url: docs.privacy,
    title: { zh: '无法识别的构建产物', en: 'Build output not recognised' },
    message: {
      zh: () =>
        '这是 Taro 的构建产物（有 taro.js），但其中找不到 @tarojs/taro 模块：Taro.xxx 调用无法被追踪，未被检查，因此也不报告“声明了但未使用”的类型。请对生产构建（taro build --type weapp）运行检查。',
      en: () =>
        'This is Taro output (it has taro.js), but no @tarojs/taro module was found in it: Taro.xxx calls could not be traced and were not checked, so no declared type is reported as unused. Audit a production build (taro build --type weapp).',
    },
  },
  // DevTools runs miniprogram_npm, built from package.json by "构建 npm": before that build, the packages' components
  // and calls are not in the app.
  'unbuilt-npm-package': {
    severity: 'warning',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/npm.html',
    title: { zh: 'npm 包未构建', en: 'npm package not built' },
    message: {
      zh: (f) =>
        `package.json 声明了 ${f.subject}，但没有构建出 miniprogram_npm/${f.subject}：其中的组件和隐私接口调用未被检查。在微信开发者工具中执行「工具 → 构建 npm」后再运行检查。`,
      en: (f) =>
        `package.json declares ${f.subject}, but miniprogram_npm/${f.subject} has not been built: its components and privacy API calls were not checked. Run Tools → Build npm in WeChat DevTools, then audit again.`,
    },
  },
  // H30, H35: on Douyin and Alipay the privacy gate (and so the consent flow) needs usePrivacyCheck in app.json.
  'privacy-check-off': {
    severity: 'warning',
    url: 'https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/tutorial/security-requirements/privacy-authorize',
    title: { zh: '隐私保护未开启（usePrivacyCheck）', en: 'Privacy check not switched on (usePrivacyCheck)' },
    message: {
      zh: (f) =>
        `${f.subject === 'alipay' ? '支付宝' : '抖音'}只在 app.json 含 "usePrivacyCheck": true 时启用隐私授权（抖音 2024-03-25 后创建的小程序始终启用），否则隐私弹窗不会出现。${f.apis?.includes('__usePrivacyCheck__') ? '这里只有微信的写法 __usePrivacyCheck__，这个平台不读取它。' : ''}加上 "usePrivacyCheck": true（Taro：app.config.ts；uni-app：manifest.json 的 ${f.subject === 'alipay' ? 'mp-alipay' : 'mp-toutiao'} 下）。`,
      en: (f) =>
        `${f.subject === 'alipay' ? 'Alipay' : 'Douyin'} runs privacy consent only when app.json has "usePrivacyCheck": true (Douyin: always for apps created after 2024-03-25); without it the privacy prompt never shows. ${f.apis?.includes('__usePrivacyCheck__') ? "This app.json has only WeChat's spelling __usePrivacyCheck__, which this platform does not read. " : ''}Add "usePrivacyCheck": true (Taro: app.config.ts; uni-app: manifest.json under ${f.subject === 'alipay' ? 'mp-alipay' : 'mp-toutiao'}).`,
    },
  },
  // What setprivacysetting and the review reject in the declaration itself (declarationRules.ts).
  ...declarationRules,
} as const satisfies Record<string, RuleSpec>

/**
 * What each check reports: the ids of {@link rules}.
 *
 * @example
 * ```ts
 * import type { RuleId } from '@mp-privacy/audit'
 * const rule: RuleId = 'undeclared-privacy-type'
 * ```
 */
export type RuleId = keyof typeof rules

/**
 * Every rule with its severity and the WeChat documentation it follows (SARIF's `helpUri`), from {@link rules}.
 *
 * @example
 * ```ts
 * import { ruleDocs } from '@mp-privacy/audit'
 * ruleDocs['undeclared-privacy-type'].severity // 'error'
 * ```
 */
export const ruleDocs: Readonly<Record<RuleId, { severity: Severity; url: string }>> = Object.fromEntries(
  Object.entries(rules).map(([id, spec]) => [id, { severity: spec.severity, url: spec.url }]),
) as Record<RuleId, { severity: Severity; url: string }>

export {
  COMPONENTS,
  FUZZY_LOCATION_INFOS,
  HOST_APIS,
  isDetectable,
  OBJECT_FACTORIES,
  PERMISSION_DESC_MAX,
  PERMISSION_SCOPES,
  PRECISE_LOCATION_INFOS,
  REQUIRED_PRIVATE_INFOS,
  VARIANT_ATTRIBUTE,
} from './gated'
