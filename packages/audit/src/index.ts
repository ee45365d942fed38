export { type AuditOptions, audit } from './audit'
export { EXIT_CODES, runCommand } from './command'
export { checkDeclaration, findPrivacyFile, readPrivacyFile } from './declaration'
export {
  type DeclarationFinding,
  type DeclarationLintOptions,
  formatDeclarationFinding,
  lintDeclaration,
} from './declarationLint'
export type { DeclarationRuleId } from './declarationRules'
export { PRIVACY_EXIT_CODES } from './parsePrivacyArgs'
export {
  checkPrivacySwitch,
  detectBuildPlatform,
  type PrivacySwitchProblem,
  ruleAppliesOn,
  WECHAT_ONLY_RULES,
} from './platform'
export type { AuditPluginOptions } from './pluginRun'
export { type PrivacyCommandIo, runPrivacyCommand } from './privacyCommand'
export {
  formatFinding,
  formatReport,
  type ReportLang,
  type ReportOptions,
  settingList,
  toJson,
  toSarif,
} from './report'
export { type RuleSpec, ruleDocs, rules } from './rules'
export type {
  AuditResult,
  Finding,
  FindingUse,
  PrivacyDeclaration,
  PrivacyKey,
  PrivacySetting,
  RuleId,
  Scope,
  Severity,
  SourceLocation,
  Usage,
} from './types'
export { nameUse } from './wording'
