import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { PRIVACY_KEYS, type PrivacyKey, type Scope, scopes } from '@mp-privacy/core/catalog'
import { checkDeclaration, declaredSettings, findPrivacyFile, readPrivacyFile } from './declaration'
import { lineColumn, SourceMaps } from './locate'
import {
  COMPONENTS,
  FUZZY_LOCATION_INFOS,
  isDetectable,
  PERMISSION_DESC_MAX,
  PERMISSION_SCOPES,
  PRECISE_LOCATION_INFOS,
  privacyKeyOf,
  REQUIRED_PRIVATE_INFOS,
  ruleDocs,
  scopeOf,
} from './rules'
import { JsScanner } from './scan-js'
import { scanWxml } from './scan-wxml'
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
  const dir = resolve(cwd, options.dir)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new TypeError(`${dir} is not a folder: build the mini program first, then audit its output folder`)
  }
  if (!existsSync(join(dir, 'app.json')) && !existsSync(join(dir, 'ext.json'))) {
    throw new TypeError(
      `${dir} has no app.json: audit the compiled mini program (Taro: dist/, uni-app: dist/build/mp-weixin/), after its build finished`,
    )
  }
  const projectRoot = options.projectRoot ? resolve(cwd, options.projectRoot) : findProjectRoot(dir)
  const maps = new SourceMaps(projectRoot)
  const scanner = new JsScanner()
  const usages: Usage[] = []
  const files = { js: 0, wxml: 0 }
  for (const file of listFiles(dir)) {
    if (file.endsWith('.js')) {
      files.js++
      scanner.add(file, readFileSync(file, 'utf8'))
    } else if (file.endsWith('.wxml')) {
      files.wxml++
      const source = readFileSync(file, 'utf8')
      for (const hit of scanWxml(source))
        usages.push(usage('component', hit.name, maps.locate(file, source, hit.offset)))
    }
  }
  for (const hit of scanner.finish())
    usages.push(usage(hit.kind, hit.name, maps.locate(hit.file, hit.source, hit.offset)))
  usages.sort(byRelevance)

  const findings: Finding[] = []
  const add = (rule: RuleId, finding: Omit<Finding, 'rule' | 'severity'>) =>
    findings.push({ rule, severity: ruleDocs[rule].severity, ...finding })
  for (const failure of scanner.failures) {
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

function usage(kind: Usage['kind'], name: string, location: SourceLocation): Usage {
  if (kind === 'component') {
    const keys = COMPONENTS.find((component) => component.name === name)?.keys ?? []
    const scope = (Object.keys(scopes) as Scope[]).find((id) => scopes[id].components.includes(name))
    return { kind, name, privacyKeys: [...keys], scope, location }
  }
  if (kind === 'scope') {
    const info = (scopes as Record<string, (typeof scopes)[Scope] | undefined>)[name]
    return {
      kind,
      name,
      privacyKeys: info?.privacyKey ? [info.privacyKey] : [],
      scope: info?.scope,
      location,
    }
  }
  const key = privacyKeyOf(name)
  return { kind, name, privacyKeys: key ? [key] : [], scope: scopeOf(name), location }
}

/** Taro's generic templates say little about where a component is used: list them after everything else. */
const GENERIC_TEMPLATES = new Set(['base.wxml', 'comp.wxml', 'custom-wrapper.wxml'])

function byRelevance(a: Usage, b: Usage): number {
  const rank = (item: Usage) => (GENERIC_TEMPLATES.has(basename(item.location.file)) ? 1 : 0)
  return (
    rank(a) - rank(b) ||
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  )
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

function listFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(path))
    else if (entry.isFile() && (entry.name.endsWith('.js') || entry.name.endsWith('.wxml'))) files.push(path)
  }
  return files.sort()
}

function findProjectRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json'))) return current
    if (dirname(current) === current) return dir
  }
}
