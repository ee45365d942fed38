import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describePrivacyKey, type PrivacyKey } from '@mp-privacy/core/catalog'
import { declaredSettings } from './declaration'
import { ruleDocs } from './rules'
import type {
  AuditResult,
  Finding,
  PrivacyDeclaration,
  PrivacySetting,
  RuleId,
  SourceLocation,
} from './types'

/**
 * The languages of the report: Chinese (default) or English.
 *
 * @example
 * ```ts
 * import type { ReportLang } from '@mp-privacy/audit'
 * const lang: ReportLang = 'en'
 * ```
 */
export type ReportLang = 'zh' | 'en'

/**
 * Options of the formatters: the language and the folder that paths are printed relative to.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from '@mp-privacy/audit'
 * const options: ReportOptions = { lang: 'en', cwd: process.cwd() }
 * ```
 */
export interface ReportOptions {
  lang?: ReportLang
  cwd?: string
}

const titles: Record<RuleId, Record<ReportLang, string>> = {
  'undeclared-privacy-type': { zh: '使用了未声明的隐私类型', en: 'Privacy type used but not declared' },
  'unused-privacy-type': { zh: '声明了未使用的隐私类型', en: 'Privacy type declared but not used' },
  'missing-required-private-info': {
    zh: '地理位置接口未在 requiredPrivateInfos 中声明',
    en: 'Location API missing from requiredPrivateInfos',
  },
  'missing-permission-desc': { zh: '缺少 permission 用途说明', en: 'Missing permission description' },
  'invalid-required-private-info': {
    zh: 'requiredPrivateInfos 含无效接口名',
    en: 'Invalid requiredPrivateInfos value',
  },
  'conflicting-required-private-infos': {
    zh: 'requiredPrivateInfos 同时声明了模糊与精确位置',
    en: 'requiredPrivateInfos lists both fuzzy and precise location',
  },
  'invalid-permission-scope': { zh: 'permission 含无效 scope', en: 'Invalid scope in permission' },
  'permission-desc-too-long': { zh: 'permission 用途说明过长', en: 'Permission description too long' },
  'unknown-privacy-key': { zh: '未知的隐私类型', en: 'Unknown privacy type' },
  'missing-privacy-declaration': { zh: '找不到隐私声明', en: 'No privacy declaration' },
  'unparsable-file': { zh: '无法解析的文件', en: 'File could not be parsed' },
}

function describe(key: PrivacyKey | undefined, lang: ReportLang): string {
  if (!key) return ''
  return lang === 'zh'
    ? `${key}（${describePrivacyKey(key, 'zh')}）`
    : `${key} (${describePrivacyKey(key, 'en')})`
}

/**
 * One finding as a sentence that says what fails and what to do, in Chinese or English.
 *
 * @example
 * ```ts
 * import { audit, formatFinding } from '@mp-privacy/audit'
 * for (const finding of audit({ dir: 'dist' }).findings) console.log(formatFinding(finding, 'en'))
 * ```
 */
export function formatFinding(finding: Finding, lang: ReportLang = 'zh'): string {
  const s = finding.subject
  const apis = (finding.apis ?? []).join(lang === 'zh' ? '、' : ', ')
  const key = describe(finding.privacyKey, lang)
  const zh = lang === 'zh'
  switch (finding.rule) {
    case 'undeclared-privacy-type':
      return zh
        ? `${key}未在隐私保护指引中声明：${apis} 会以 errno 112 失败。在 privacy.json 的 setting_list 中加入 "${s}" 并填写用途，并在小程序管理后台同步更新「用户隐私保护指引」。`
        : `${key} is not declared in the privacy guide: ${apis} will fail with errno 112. Add "${s}" with its purpose to setting_list in privacy.json, and update the privacy guide in the mini program admin console.`
    case 'unused-privacy-type':
      return zh
        ? `声明了 ${key}，但代码中没有使用它的接口或组件。确认是否仍需收集；不需要就从 privacy.json 和隐私保护指引中删除。`
        : `${key} is declared but no API or component of it is used. If the app no longer collects it, remove it from privacy.json and the privacy guide.`
    case 'missing-required-private-info':
      return zh
        ? `${s} 未在 app.json 的 requiredPrivateInfos 中声明，调用会失败。把 "${s}" 加入 requiredPrivateInfos（Taro：app.config.ts；uni-app：manifest.json 的 mp-weixin）。`
        : `${s} is not listed in app.json requiredPrivateInfos, so its calls fail. Add "${s}" to requiredPrivateInfos (Taro: app.config.ts; uni-app: manifest.json under mp-weixin).`
    case 'missing-permission-desc':
      return zh
        ? `使用了 ${s}（${apis}），但 app.json 的 permission["${s}"].desc 缺失。填写不超过 30 字的用途说明。`
        : `${s} is used (${apis}) but app.json permission["${s}"].desc is missing. Add a purpose of at most 30 characters.`
    case 'invalid-required-private-info':
      return zh
        ? `requiredPrivateInfos 中的 "${s}" 不是可声明的接口。只能填写：getFuzzyLocation、getLocation、onLocationChange、startLocationUpdate、startLocationUpdateBackground、chooseLocation、choosePoi、chooseAddress。`
        : `"${s}" in requiredPrivateInfos is not a declarable API. Allowed: getFuzzyLocation, getLocation, onLocationChange, startLocationUpdate, startLocationUpdateBackground, chooseLocation, choosePoi, chooseAddress.`
    case 'conflicting-required-private-infos':
      return zh
        ? `requiredPrivateInfos 同时声明了模糊位置（getFuzzyLocation）和精确位置接口（${s}），二者互斥，编译会报错。只保留其中一类。`
        : `requiredPrivateInfos lists fuzzy location (getFuzzyLocation) and precise location APIs together (${s}); they are mutually exclusive and the build fails. Keep one kind.`
    case 'invalid-permission-scope':
      return zh
        ? `app.json 的 permission 中的 "${s}" 无效：只有 scope.userLocation、scope.userFuzzyLocation、scope.userLocationBackground 需要（且可以）填写用途说明。删除它。`
        : `"${s}" in app.json permission is invalid: only scope.userLocation, scope.userFuzzyLocation and scope.userLocationBackground take a description. Remove it.`
    case 'permission-desc-too-long':
      return zh
        ? `permission["${s}"].desc 超过 30 个字符。缩短用途说明。`
        : `permission["${s}"].desc is longer than 30 characters. Shorten it.`
    case 'unknown-privacy-key':
      return zh
        ? `"${s}" 不是微信的隐私类型（privacy_key）。检查拼写，可用的类型见 @mp-privacy/core/catalog 的 PRIVACY_KEYS。`
        : `"${s}" is not a WeChat privacy type (privacy_key). Check the spelling; the valid keys are PRIVACY_KEYS in @mp-privacy/core/catalog.`
    case 'missing-privacy-declaration':
      return zh
        ? '找不到 privacy.json。在项目根目录创建它（可用 mp-privacy-audit <dir> --emit-setting 生成 setting_list），或用 --privacy 指定文件。'
        : 'No privacy.json found. Create one in the project root (mp-privacy-audit <dir> --emit-setting prints a setting_list), or pass --privacy.'
    case 'unparsable-file':
      return zh
        ? `无法解析此 JavaScript 文件，已跳过：${s}`
        : `This JavaScript file could not be parsed and was skipped: ${s}`
  }
}

function place(location: SourceLocation, cwd: string): string {
  const at = `${relative(cwd, location.file) || location.file}:${location.line}:${location.column}`
  if (!location.generated) return at
  const { file, line, column } = location.generated
  return `${at} (${relative(cwd, file)}:${line}:${column})`
}

/**
 * A readable report: one block per finding with its places, then a summary line.
 *
 * @example
 * ```ts
 * import { audit, formatReport } from '@mp-privacy/audit'
 * console.log(formatReport(audit({ dir: 'dist' }), { lang: 'zh' }))
 * ```
 */
export function formatReport(result: AuditResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh'
  const cwd = options.cwd ?? process.cwd()
  const zh = lang === 'zh'
  const lines: string[] = []
  const declaration = result.privacyFile
    ? relative(cwd, result.privacyFile)
    : zh
      ? result.findings.some((f) => f.rule === 'missing-privacy-declaration')
        ? '无'
        : '（传入的对象）'
      : result.findings.some((f) => f.rule === 'missing-privacy-declaration')
        ? 'none'
        : '(object)'
  lines.push(
    zh
      ? `mp-privacy-audit ${relative(cwd, result.dir) || '.'}  声明：${declaration}`
      : `mp-privacy-audit ${relative(cwd, result.dir) || '.'}  declaration: ${declaration}`,
  )
  const inUse = result.keysInUse.join(', ') || (zh ? '无' : 'none')
  lines.push(zh ? `使用的隐私类型：${inUse}` : `Privacy types in use: ${inUse}`)
  for (const finding of result.findings) {
    const mark = finding.severity === 'error' ? (zh ? '✖ 错误' : '✖ error') : zh ? '⚠ 警告' : '⚠ warning'
    lines.push(
      '',
      `${mark} [${finding.rule}] ${titles[finding.rule][lang]}`,
      `  ${formatFinding(finding, lang)}`,
    )
    for (const location of finding.locations.slice(0, 5)) lines.push(`    ${place(location, cwd)}`)
    if (finding.locations.length > 5) {
      lines.push(
        zh ? `    …另有 ${finding.locations.length - 5} 处` : `    …and ${finding.locations.length - 5} more`,
      )
    }
  }
  lines.push(
    '',
    zh
      ? `${result.errors} 个错误，${result.warnings} 个警告（${result.files.js} 个 JS、${result.files.wxml} 个 WXML 文件）`
      : `${result.errors} error(s), ${result.warnings} warning(s) (${result.files.js} JS, ${result.files.wxml} WXML files)`,
  )
  return lines.join('\n')
}

/**
 * The result as plain JSON data (paths relative to `cwd`, each finding with its message), for scripts.
 *
 * @example
 * ```ts
 * import { audit, toJson } from '@mp-privacy/audit'
 * console.log(JSON.stringify(toJson(audit({ dir: 'dist' }), { lang: 'en' }), null, 2))
 * ```
 */
export function toJson(result: AuditResult, options: ReportOptions = {}) {
  const lang = options.lang ?? 'zh'
  const cwd = options.cwd ?? process.cwd()
  const path = (file: string) => relative(cwd, file) || '.'
  const location = (at: SourceLocation) => ({
    ...at,
    file: path(at.file),
    ...(at.generated ? { generated: { ...at.generated, file: path(at.generated.file) } } : {}),
  })
  return {
    dir: path(result.dir),
    privacyFile: result.privacyFile ? path(result.privacyFile) : null,
    appJsonFile: result.appJsonFile ? path(result.appJsonFile) : null,
    keysInUse: result.keysInUse,
    declared: result.declared,
    errors: result.errors,
    warnings: result.warnings,
    findings: result.findings.map((finding) => ({
      ...finding,
      message: formatFinding(finding, lang),
      locations: finding.locations.map(location),
    })),
    usages: result.usages.map((usage) => ({ ...usage, location: location(usage.location) })),
  }
}

/**
 * The findings as a SARIF 2.1.0 log, for code-scanning UIs (GitHub code scanning, VS Code's SARIF viewer).
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * import { audit, toSarif } from '@mp-privacy/audit'
 * writeFileSync('audit.sarif', JSON.stringify(toSarif(audit({ dir: 'dist' }))))
 * ```
 */
export function toSarif(result: AuditResult, options: ReportOptions = {}) {
  const lang = options.lang ?? 'zh'
  const cwd = options.cwd ?? process.cwd()
  const ruleIds = Object.keys(ruleDocs) as RuleId[]
  const uri = (file: string) => {
    const rel = relative(cwd, file)
    return rel.startsWith('..') ? pathToFileURL(file).href : rel.split('\\').join('/')
  }
  const physical = (at: SourceLocation) => ({
    physicalLocation: {
      artifactLocation: { uri: uri(at.file) },
      region: { startLine: at.line, startColumn: at.column },
    },
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'mp-privacy-audit',
            informationUri: 'https://www.npmjs.com/package/@mp-privacy/audit',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: titles[id][lang] },
              helpUri: ruleDocs[id].url,
              defaultConfiguration: { level: ruleDocs[id].severity },
            })),
          },
        },
        results: result.findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIds.indexOf(finding.rule),
          level: finding.severity,
          message: { text: formatFinding(finding, lang) },
          locations: finding.locations.slice(0, 1).map(physical),
          ...(finding.locations.length > 1
            ? {
                relatedLocations: finding.locations
                  .slice(1)
                  .map((at, index) => ({ id: index + 1, ...physical(at) })),
              }
            : {}),
        })),
      },
    ],
  }
}

/**
 * The `setting_list` for the privacy types in use, ready for the admin console or `setprivacysetting`. Purposes
 * already written in the declaration are kept; new types get a placeholder to replace.
 *
 * @example
 * ```ts
 * import { audit, settingList } from '@mp-privacy/audit'
 * console.log(JSON.stringify({ setting_list: settingList(audit({ dir: 'dist' })) }, null, 2))
 * ```
 */
export function settingList(
  result: Pick<AuditResult, 'keysInUse'>,
  declaration?: PrivacyDeclaration,
  lang: ReportLang = 'zh',
): PrivacySetting[] {
  const known = new Map(
    (declaration ? declaredSettings(declaration) : [])
      .filter((entry) => entry.configured && entry.setting.privacy_text)
      .map((entry) => [entry.setting.privacy_key, entry.setting.privacy_text as string]),
  )
  return result.keysInUse.map((key) => ({
    privacy_key: key,
    privacy_text:
      known.get(key) ??
      (lang === 'zh'
        ? `TODO：说明收集「${describePrivacyKey(key, 'zh')}」的用途`
        : `TODO: why the app collects ${describePrivacyKey(key, 'en')}`),
  }))
}
