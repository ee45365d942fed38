import { existsSync } from 'node:fs'
import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describePrivacyKey } from '@mp-privacy/core/catalog'
import { declaredSettings } from './declaration'
import { ruleDocs, rules } from './rules'
import type {
  AuditResult,
  Finding,
  PrivacyDeclaration,
  PrivacySetting,
  ReportLang,
  RuleId,
  SourceLocation,
} from './types'

export type { ReportLang } from './types'

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
  return rules[finding.rule].message[lang](finding)
}

function place(location: SourceLocation, cwd: string, lang: ReportLang): string {
  const at = `${relative(cwd, location.file) || location.file}:${location.line}:${location.column}`
  if (!existsSync(location.file))
    return `${at} ${lang === 'zh' ? '（文件不存在：在此创建）' : '(no such file: create it here)'}`
  if (!location.generated) return at
  const { file, line, column } = location.generated
  return `${at} (${relative(cwd, file)}:${line}:${column})`
}

const APP_PLACES = 5
const LIBRARY_PLACES = 2

/** The places of a finding: the app's own first, then each library's, marked as library code with its package. */
function placeLines(locations: readonly SourceLocation[], cwd: string, lang: ReportLang): string[] {
  const zh = lang === 'zh'
  const more = (count: number, indent: string) =>
    count > 0 ? [`${indent}${zh ? `…另有 ${count} 处` : `…and ${count} more`}`] : []
  const own = locations.filter((at) => at.library === undefined)
  const lines = own.slice(0, APP_PLACES).map((at) => `    ${place(at, cwd, lang)}`)
  lines.push(...more(own.length - APP_PLACES, '    '))
  const libraries = [...new Set(locations.flatMap((at) => (at.library === undefined ? [] : [at.library])))]
  for (const library of libraries) {
    const inside = locations.filter((at) => at.library === library)
    lines.push(
      zh
        ? `    库代码 ${library}（不是你的代码；检查你如何使用它）：`
        : `    library code, ${library} (not your code; check how you use it):`,
      ...inside.slice(0, LIBRARY_PLACES).map((at) => `      ${place(at, cwd, lang)}`),
      ...more(inside.length - LIBRARY_PLACES, '      '),
    )
  }
  return lines
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
  // Douyin and Alipay output: say so, and that WeChat's own checks were left out.
  if (result.platform !== 'weapp') {
    const name = result.platform === 'tt' ? (zh ? '抖音' : 'Douyin') : zh ? '支付宝' : 'Alipay'
    lines.push(
      zh
        ? `平台：${name}（未检查微信专有规则：错误码 112、requiredPrivateInfos、permission）`
        : `Platform: ${name} (WeChat-only checks left out: errno 112, requiredPrivateInfos, permission)`,
    )
  }
  const inUse = result.keysInUse.join(', ') || (zh ? '无' : 'none')
  lines.push(zh ? `使用的隐私类型：${inUse}` : `Privacy types in use: ${inUse}`)
  for (const finding of result.findings) {
    const mark = finding.severity === 'error' ? (zh ? '✖ 错误' : '✖ error') : zh ? '⚠ 警告' : '⚠ warning'
    lines.push(
      '',
      `${mark} [${finding.rule}] ${rules[finding.rule].title[lang]}`,
      `  ${formatFinding(finding, lang)}`,
    )
    lines.push(...placeLines(finding.locations, cwd, lang))
  }
  lines.push(
    '',
    zh
      ? `${result.errors} 个错误，${result.warnings} 个警告（${fileCounts(result.files, lang)}）`
      : `${result.errors} error(s), ${result.warnings} warning(s) (${fileCounts(result.files, lang)})`,
  )
  return lines.join('\n')
}

/**
 * `12 JS, 3 TS, 5 WXML files, 1 skipped, 40 library files the app does not use (not counted)`: TypeScript, skipped
 * and unreachable files only when there are some.
 */
function fileCounts(files: AuditResult['files'], lang: ReportLang): string {
  const zh = lang === 'zh'
  const ts = files.ts > 0 ? (zh ? `${files.ts} 个 TS、` : `${files.ts} TS, `) : ''
  let read = zh
    ? `${files.js} 个 JS、${ts}${files.wxml} 个 WXML 文件`
    : `${files.js} JS, ${ts}${files.wxml} WXML files`
  if (files.skipped > 0) read += zh ? `，跳过 ${files.skipped} 个` : `, ${files.skipped} skipped`
  if (files.unreachable > 0) {
    read += zh
      ? `，其中 ${files.unreachable} 个库文件未被应用使用（不计入）`
      : `, ${files.unreachable} library files the app does not use (not counted)`
  }
  return read
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
    files: result.files,
    findings: result.findings.map((finding) => ({
      ...finding,
      title: rules[finding.rule].title[lang],
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
              shortDescription: { text: rules[id].title[lang] },
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
        ? `TODO：写明收集「${describePrivacyKey(key, 'zh')}」的用途`
        : `TODO: say what the app uses "${describePrivacyKey(key, 'en')}" for`),
  }))
}
