import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PRIVACY_KEYS, type PrivacyKey } from '@mp-privacy/core/catalog'
import { checkAppJson } from './appJson'
import { collectUsages } from './collect'
import { declaredSettings, privacyHome, resolveDeclaration } from './declaration'
import { auditDeclaration } from './declarationLint'
import { isDetectable } from './gated'
import { jsonLocation } from './jsonFile'
import { checkPrivacySwitch, detectBuildPlatform, ruleAppliesOn } from './platform'
import { ruleDocs } from './rules'
import type { AuditResult, Finding, PrivacyDeclaration, RuleId, SourceLocation, Usage } from './types'
import { appFirst, byPlace, libraryMarker, usesOf } from './usageList'
import { wrapperUsages } from './wrappers'

/**
 * Options of {@link audit}.
 *
 * @example
 * ```ts
 * import type { AuditOptions } from '@mp-privacy/audit'
 * const options: AuditOptions = { dir: 'dist/build/mp-weixin', privacy: 'privacy.json' }
 * ```
 */
export interface AuditOptions {
  /** The compiled app: Taro's `dist/`, uni-app's `dist/build/mp-weixin/`, or a native app's folder. */
  dir: string
  /**
   * The declaration: an object, or the path of a `privacy.json`. Default: the first `privacy.json` found by
   * {@link findPrivacyFile} (the audited folder, the folders above it up to the project root, the current directory).
   */
  privacy?: PrivacyDeclaration | string
  /** Resolves relative paths. Default: `process.cwd()`. */
  cwd?: string
  /** Where `webpack://` sources in source maps are resolved. Default: the first folder above `dir` with a package.json. */
  projectRoot?: string
}

/**
 * Audits a compiled mini program against its privacy declaration: every call site of a gated API and every gated
 * component is mapped to its privacy type through `@mp-privacy/core/catalog`, then compared with the declaration
 * and with `app.json` (`requiredPrivateInfos`, `permission`). Reads files synchronously; throws a `TypeError` when
 * `dir` is missing.
 *
 * @example
 * ```ts
 * import { audit, formatReport } from '@mp-privacy/audit'
 * const result = audit({ dir: 'dist', privacy: 'privacy.json' })
 * console.log(formatReport(result, { lang: 'en' }))
 * if (result.errors > 0) process.exitCode = 1
 * ```
 */
export function audit(options: AuditOptions): AuditResult {
  const cwd = options.cwd ?? process.cwd()
  const collection = collectUsages(
    resolve(cwd, options.dir),
    options.projectRoot ? resolve(cwd, options.projectRoot) : undefined,
  )
  const { dir, files, counts, unparsable, dynamicCalls, unbuilt, unrecognised } = collection
  const withLibrary = libraryMarker()
  const usages = appFirst(
    [...collection.usages, ...wrapperUsages(dir).filter((item) => counts(item.location.file))]
      .sort(byPlace)
      .map((item) => ({
        ...item,
        location: withLibrary(item.location),
      })),
    (item) => item.location,
  )

  const findings: Finding[] = []
  // Douyin and Alipay output: WeChat's own contract (errno 112, requiredPrivateInfos, permission) does not apply.
  const platform = detectBuildPlatform(dir)
  const add = (rule: RuleId, finding: Omit<Finding, 'rule' | 'severity'>) => {
    if (ruleAppliesOn(rule, platform)) findings.push({ rule, severity: ruleDocs[rule].severity, ...finding })
  }
  for (const failure of unparsable) {
    add('unparsable-file', {
      subject: failure.message,
      locations: [withLibrary({ file: failure.file, line: 1, column: 1 })],
    })
  }

  if (unrecognised)
    add('unrecognised-build', {
      subject: '@tarojs/taro',
      locations: [{ file: unrecognised, line: 1, column: 1 }],
    })
  for (const call of dynamicCalls) {
    add('dynamic-api-call', { subject: call.expression, locations: [withLibrary(call.location)] })
  }
  for (const item of unbuilt) {
    add('unbuilt-npm-package', {
      subject: item.name,
      locations: [jsonLocation(item.packageJson, readFileSync(item.packageJson, 'utf8'), [`"${item.name}"`])],
    })
  }

  // The declaration, read once.
  const { file: privacyFile, text: privacyText, declaration } = resolveDeclaration(options.privacy, dir, cwd)
  const atPrivacy = (...needles: string[]): SourceLocation[] =>
    privacyFile ? [jsonLocation(privacyFile, privacyText, needles)] : []
  if (!declaration) {
    // Where the file belongs, not a file in the build output.
    add('missing-privacy-declaration', {
      subject: 'privacy.json',
      locations: [{ file: join(privacyHome(dir), 'privacy.json'), line: 1, column: 1 }],
    })
  }
  const settings = declaration ? declaredSettings(declaration) : []
  const declared = new Set(
    settings.filter((entry) => entry.configured).map((entry) => entry.setting.privacy_key),
  )
  // What setprivacysetting and the review reject in the declaration itself (declarationLint.ts).
  for (const finding of declaration ? auditDeclaration(declaration) : []) {
    add(finding.rule, { subject: finding.subject, locations: atPrivacy(...finding.needles) })
  }

  // Used but not declared (H7: errno 112), declared but not used.
  const byKey = new Map<PrivacyKey, Usage[]>()
  for (const item of usages) {
    for (const key of item.privacyKeys) byKey.set(key, [...(byKey.get(key) ?? []), item])
  }
  const keysInUse = PRIVACY_KEYS.filter((key) => byKey.has(key))
  // Without a declaration nothing is declared: every type in use fails with 112.
  for (const key of keysInUse) {
    if (declared.has(key)) continue
    const used = byKey.get(key) ?? []
    add('undeclared-privacy-type', {
      subject: key,
      privacyKey: key,
      errno: 112,
      ...usesOf(used),
      locations: used.map((item) => item.location),
    })
  }
  for (const key of PRIVACY_KEYS) {
    if (declared.has(key) && !byKey.has(key) && isDetectable(key) && !unrecognised) {
      add('unused-privacy-type', { subject: key, privacyKey: key, locations: atPrivacy(`"${key}"`) })
    }
  }

  // app.json: requiredPrivateInfos and permission.
  const appJsonFile = ['app.json', 'ext.json'].map((name) => join(dir, name)).find((file) => existsSync(file))
  if (appJsonFile) checkAppJson(appJsonFile, usages, add)
  const privacySwitch = checkPrivacySwitch(dir, platform)
  if (privacySwitch) {
    const appJson = join(dir, 'app.json')
    add('privacy-check-off', {
      subject: privacySwitch.platform,
      ...(privacySwitch.wechatSpelling ? { apis: ['__usePrivacyCheck__'] } : {}),
      locations: [jsonLocation(appJson, readFileSync(appJson, 'utf8'), ['"__usePrivacyCheck__"'])],
    })
  }

  const errors = findings.filter((finding) => finding.severity === 'error').length
  return {
    dir,
    platform,
    privacyFile,
    declaration,
    appJsonFile,
    usages,
    keysInUse,
    declared: [...declared],
    findings,
    errors,
    warnings: findings.length - errors,
    files,
  }
}
