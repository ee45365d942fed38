import type { PlatformId } from '@mp-privacy/core'
import type { PrivacyKey, Scope } from '@mp-privacy/core/catalog'
import type { RuleId } from './rules'

export type { PrivacyKey, Scope } from '@mp-privacy/core/catalog'

/**
 * One entry of `setting_list`: a privacy type the privacy guide declares and what the app uses it for.
 *
 * @example
 * ```ts
 * import type { PrivacySetting } from '@mp-privacy/audit'
 * const setting: PrivacySetting = { privacy_key: 'Location', privacy_text: '展示你附近的门店' }
 * ```
 */
export interface PrivacySetting {
  privacy_key: string
  privacy_text?: string
  privacy_label?: string
}

/**
 * The app's privacy declaration, in the shape of the `getprivacysetting` response (a response saved from that API is
 * accepted as is) or of the `setprivacysetting` request body. Types declared for third-party SDKs
 * (`sdk_privacy_info_list[].sdk_list`) count as declared too.
 *
 * @example
 * ```ts
 * import type { PrivacyDeclaration } from '@mp-privacy/audit'
 * const privacy: PrivacyDeclaration = {
 *   setting_list: [{ privacy_key: 'Clipboard', privacy_text: '粘贴你复制的取件码' }],
 * }
 * ```
 */
export interface PrivacyDeclaration {
  setting_list?: readonly PrivacySetting[]
  owner_setting?: Readonly<Record<string, unknown>>
  sdk_privacy_info_list?: readonly {
    sdk_name?: string
    sdk_biz_name?: string
    sdk_list?: readonly PrivacySetting[]
  }[]
  [field: string]: unknown
}

/**
 * A place in a file: 1-based line and column. `generated` is the place in the compiled file when `file` was found
 * through a source map.
 *
 * @example
 * ```ts
 * import type { SourceLocation } from '@mp-privacy/audit'
 * const at: SourceLocation = { file: '/app/src/pages/index.tsx', line: 12, column: 5 }
 * ```
 */
export interface SourceLocation {
  file: string
  line: number
  column: number
  generated?: { file: string; line: number; column: number }
  /**
   * The package, when the place is library code: a file under `miniprogram_npm/`, `node_modules/` (a source map led
   * there) or uni-app's `node-modules/` output folder. The report lists the app's own places first.
   */
  library?: string
}

/**
 * One use of something WeChat gates, found in the compiled app:
 * - `api`: a call site of a gated API (`getLocation`, `RecorderManager.start`) or of a location API that
 *   `requiredPrivateInfos` must list (`onLocationChange`, which no privacy type gates);
 * - `component`: a gated component, named as the catalog names it (`camera`, `button.getPhoneNumber`);
 * - `scope`: `authorize({ scope })` with a literal scope.
 *
 * @example
 * ```ts
 * import type { Usage } from '@mp-privacy/audit'
 * const usage: Usage = {
 *   kind: 'api', name: 'getLocation', privacyKeys: ['Location'], scope: 'scope.userLocation',
 *   location: { file: '/app/dist/pages/index.js', line: 1, column: 200 },
 * }
 * ```
 */
export interface Usage {
  kind: 'api' | 'component' | 'scope'
  name: string
  /** The privacy types it needs: none for `onLocationChange`, two for `<live-pusher>`. */
  privacyKeys: PrivacyKey[]
  scope: Scope | undefined
  location: SourceLocation
  /**
   * For a component used through a wrapper: the custom component the page writes (`van-button` for
   * `<van-button open-type="getPhoneNumber">`, whose template passes `open-type` to its `<button>`).
   */
  via?: string
}

/**
 * One use behind a finding, as the report names it: an API, a component (with the wrapper the page writes, if
 * any) or a scope.
 *
 * @example
 * ```ts
 * import type { FindingUse } from '@mp-privacy/audit'
 * const use: FindingUse = { kind: 'component', name: 'button.getPhoneNumber', via: 'van-button' }
 * ```
 */
export interface FindingUse {
  kind: Usage['kind']
  name: string
  via?: string
}

export type { RuleId } from './rules'

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
 * How bad a finding is: an `error` fails the command (exit code 1) and production builds.
 *
 * @example
 * ```ts
 * import type { Severity } from '@mp-privacy/audit'
 * const severity: Severity = 'warning'
 * ```
 */
export type Severity = 'error' | 'warning'

/**
 * One problem the audit found. `subject` is what it is about: a privacy key, an API, a scope or a field value.
 * `locations` are the places that show it, most useful first (call sites for a used type, the declaration or
 * `app.json` for a configuration problem). `errno` is the error code the calls will fail with on a device.
 *
 * @example
 * ```ts
 * import type { Finding } from '@mp-privacy/audit'
 * const finding: Finding = {
 *   rule: 'undeclared-privacy-type', severity: 'error', subject: 'Clipboard', privacyKey: 'Clipboard', errno: 112,
 *   apis: ['getClipboardData'], locations: [{ file: '/app/dist/pages/index.js', line: 3, column: 9 }],
 * }
 * ```
 */
export interface Finding {
  rule: RuleId
  severity: Severity
  subject: string
  privacyKey?: PrivacyKey
  errno?: number
  /** The names of the APIs / components / scopes behind the finding, e.g. `['getClipboardData']`. */
  apis?: string[]
  /** The same uses with their kind, so that a component is named as a component and a scope as a scope. */
  uses?: FindingUse[]
  locations: SourceLocation[]
}

/**
 * The outcome of {@link audit}.
 *
 * @example
 * ```ts
 * import { audit } from '@mp-privacy/audit'
 * const result = audit({ dir: 'dist' })
 * if (result.errors > 0) process.exitCode = 1
 * ```
 */
export interface AuditResult {
  /** The audited directory (absolute). */
  dir: string
  /** The platform the output was built for (by its templates: `.wxml`, `.ttml`, `.axml`); see `detectBuildPlatform`. */
  platform: PlatformId
  /** The declaration file read, when the declaration came from a file. */
  privacyFile: string | undefined
  /** The declaration compared with, as read (once); `undefined` when none was found. */
  declaration?: PrivacyDeclaration | undefined
  /** The app.json read (absolute), when there is one. */
  appJsonFile: string | undefined
  usages: Usage[]
  /** The privacy types in use, in catalog order. */
  keysInUse: PrivacyKey[]
  /** The privacy types declared (setting_list and SDK lists). */
  declared: string[]
  findings: Finding[]
  errors: number
  warnings: number
  /**
   * How many files were read: JavaScript, TypeScript (native apps compiled by DevTools, read when no `.js` is beside
   * them) and WXML; how many were skipped because they could not be read or parsed (each is an
   * `unparsable-file` finding); and how many of those read are library files under `miniprogram_npm/` that no page,
   * component or module of the app reaches (`usingComponents`, `require`/`import`): read, but their uses do not
   * count (DevTools' "构建 npm" copies whole packages; a component no page uses never runs).
   */
  files: { js: number; ts: number; wxml: number; skipped: number; unreachable: number }
}
