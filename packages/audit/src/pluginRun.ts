import { type AuditOptions, audit } from './audit'
import { formatReport, type ReportLang } from './report'
import type { AuditResult } from './types'

/**
 * Options of the Taro and Vite plugins: where the declaration is, the report's language, and whether errors fail
 * the build (default: in production builds only).
 *
 * @example
 * ```ts
 * import type { AuditPluginOptions } from '@mp-privacy/audit'
 * const options: AuditPluginOptions = { privacy: 'privacy.json', lang: 'en' }
 * ```
 */
export interface AuditPluginOptions {
  /** A `privacy.json` path (relative to the project root) or the declaration itself. Default: found as the CLI does. */
  privacy?: AuditOptions['privacy']
  lang?: ReportLang
  /** Fail the build when the audit finds errors. Default: `true` in production builds, `false` in development. */
  failOnError?: boolean
}

/** Runs the audit after a build: prints the report, and returns an error to fail the build with when it should. */
export function auditBuild(
  dir: string,
  root: string,
  production: boolean,
  options: AuditPluginOptions,
  log: (text: string) => void,
): { result: AuditResult; failure: Error | undefined } {
  const result = audit({
    dir,
    cwd: root,
    ...(options.privacy === undefined ? {} : { privacy: options.privacy }),
  })
  const lang = options.lang ?? 'zh'
  if (result.findings.length > 0) log(formatReport(result, { lang, cwd: root }))
  const fail = options.failOnError ?? production
  const failure =
    fail && result.errors > 0
      ? new Error(
          lang === 'zh'
            ? `mp-privacy-audit：发现 ${result.errors} 个隐私配置错误，构建失败（见上方报告）。`
            : `mp-privacy-audit: ${result.errors} privacy error(s), build failed (see the report above).`,
        )
      : undefined
  return { result, failure }
}
