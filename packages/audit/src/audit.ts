import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PRIVACY_KEYS, type PrivacyKey } from '@mp-privacy/core/catalog'
import { collectUsages } from './collect'
import { checkDeclaration, declaredSettings, findPrivacyFile, readPrivacyFile } from './declaration'
import { lineColumn } from './locate'
import {
  FUZZY_LOCATION_INFOS,
  isDetectable,
  PERMISSION_DESC_MAX,
  PERMISSION_SCOPES,
  PRECISE_LOCATION_INFOS,
  REQUIRED_PRIVATE_INFOS,
  ruleDocs,
} from './rules'
import type { AuditResult, Finding, PrivacyDeclaration, RuleId, SourceLocation, Usage } from './types'

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
  const { dir, usages, files, unparsable } = collectUsages(
    resolve(cwd, options.dir),
    options.projectRoot ? resolve(cwd, options.projectRoot) : undefined,
  )

  const findings: Finding[] = []
  const add = (rule: RuleId, finding: Omit<Finding, 'rule' | 'severity'>) =>
    findings.push({ rule, severity: ruleDocs[rule].severity, ...finding })
  for (const failure of unparsable) {
    add('unparsable-file', {
      subject: failure.message,
      locations: [{ file: failure.file, line: 1, column: 1 }],
    })
  }

  // The declaration.
  let privacyFile: string | undefined
  let declaration: PrivacyDeclaration | undefined
  if (typeof options.privacy === 'string') {
    privacyFile = resolve(cwd, options.privacy)
    declaration = readPrivacyFile(privacyFile)
  } else if (options.privacy !== undefined) {
    declaration = checkDeclaration(options.privacy)
  } else {
    privacyFile = findPrivacyFile(dir, cwd)
    declaration = privacyFile ? readPrivacyFile(privacyFile) : undefined
  }
  const privacyText = privacyFile ? readFileSync(privacyFile, 'utf8') : ''
  const atPrivacy = (...needles: string[]): SourceLocation[] =>
    privacyFile ? [jsonLocation(privacyFile, privacyText, needles)] : []
  if (!declaration) {
    add('missing-privacy-declaration', {
      subject: 'privacy.json',
      locations: [{ file: join(dir, 'privacy.json'), line: 1, column: 1 }],
    })
  }
  const settings = declaration ? declaredSettings(declaration) : []
  const declared = new Set(
    settings.filter((entry) => entry.configured).map((entry) => entry.setting.privacy_key),
  )
  for (const { setting } of settings) {
    if (!(PRIVACY_KEYS as readonly string[]).includes(setting.privacy_key)) {
      add('unknown-privacy-key', {
        subject: setting.privacy_key,
        locations: atPrivacy(`"${setting.privacy_key}"`),
      })
    }
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
      apis: unique(used.map((item) => item.name)),
      locations: used.map((item) => item.location),
    })
  }
  for (const key of PRIVACY_KEYS) {
    if (declared.has(key) && !byKey.has(key) && isDetectable(key)) {
      add('unused-privacy-type', { subject: key, privacyKey: key, locations: atPrivacy(`"${key}"`) })
    }
  }

  // app.json: requiredPrivateInfos and permission.
  const appJsonFile = ['app.json', 'ext.json'].map((name) => join(dir, name)).find((file) => existsSync(file))
  if (appJsonFile) checkAppJson(appJsonFile, usages, add)

  const errors = findings.filter((finding) => finding.severity === 'error').length
  return {
    dir,
    privacyFile,
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

type Add = (rule: RuleId, finding: Omit<Finding, 'rule' | 'severity'>) => void

function checkAppJson(file: string, usages: Usage[], add: Add): void {
  const text = readFileSync(file, 'utf8')
  let appJson: { requiredPrivateInfos?: unknown; permission?: unknown }
  try {
    appJson = JSON.parse(text) as typeof appJson
  } catch {
    return
  }
  const at = (...needles: string[]) => [jsonLocation(file, text, needles)]
  const listed = Array.isArray(appJson.requiredPrivateInfos) ? appJson.requiredPrivateInfos.map(String) : []
  for (const value of listed) {
    if (!(REQUIRED_PRIVATE_INFOS as readonly string[]).includes(value)) {
      add('invalid-required-private-info', {
        subject: value,
        locations: at('"requiredPrivateInfos"', `"${value}"`),
      })
    }
  }
  const fuzzy = listed.filter((value) => FUZZY_LOCATION_INFOS.includes(value))
  const precise = listed.filter((value) => PRECISE_LOCATION_INFOS.includes(value))
  if (fuzzy.length > 0 && precise.length > 0) {
    add('conflicting-required-private-infos', {
      subject: [...fuzzy, ...precise].join(', '),
      apis: [...fuzzy, ...precise],
      locations: at('"requiredPrivateInfos"', `"${fuzzy[0]}"`),
    })
  }
  const apiUsages = usages.filter((item) => item.kind === 'api')
  for (const api of REQUIRED_PRIVATE_INFOS) {
    const used = apiUsages.filter((item) => item.name === api)
    if (used.length > 0 && !listed.includes(api)) {
      add('missing-required-private-info', {
        subject: api,
        apis: [api],
        locations: used.map((item) => item.location),
      })
    }
  }

  const permission =
    typeof appJson.permission === 'object' && appJson.permission !== null
      ? (appJson.permission as Record<string, unknown>)
      : {}
  for (const [scope, value] of Object.entries(permission)) {
    if (!(PERMISSION_SCOPES as readonly string[]).includes(scope)) {
      add('invalid-permission-scope', { subject: scope, locations: at('"permission"', `"${scope}"`) })
      continue
    }
    const desc = descOf(value)
    if (desc !== undefined && [...desc].length > PERMISSION_DESC_MAX) {
      add('permission-desc-too-long', {
        subject: scope,
        locations: at('"permission"', `"${scope}"`, '"desc"'),
      })
    }
  }
  for (const scope of PERMISSION_SCOPES) {
    const used = usages.filter((item) => item.scope === scope)
    const desc = descOf(permission[scope])
    if (used.length > 0 && (desc === undefined || desc.trim() === '')) {
      add('missing-permission-desc', {
        subject: scope,
        apis: unique(used.map((item) => item.name)),
        locations: used.map((item) => item.location),
      })
    }
  }
}

function descOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const desc = (value as { desc?: unknown }).desc
  return typeof desc === 'string' ? desc : undefined
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** The line of the last of `needles`, each searched after the previous one (`"permission"`, then `"scope.x"`). */
function jsonLocation(file: string, text: string, needles: string[]): SourceLocation {
  let offset = 0
  let found = 0
  for (const needle of needles) {
    const index = text.indexOf(needle, offset)
    if (index === -1) break
    found = index
    offset = index + needle.length
  }
  return { file, ...lineColumn(text, found) }
}
