export { type AuditOptions, audit } from './audit'
export { runCommand } from './command'
export { checkDeclaration, findPrivacyFile, readPrivacyFile } from './declaration'
export type { AuditPluginOptions } from './plugin-run'
export {
  formatFinding,
  formatReport,
  type ReportLang,
  type ReportOptions,
  settingList,
  toJson,
  toSarif,
} from './report'
export { ruleDocs } from './rules'
export type {
  AuditResult,
  Finding,
  PrivacyDeclaration,
  PrivacyKey,
  PrivacySetting,
  RuleId,
  Scope,
  Severity,
  SourceLocation,
  Usage,
} from './types'
