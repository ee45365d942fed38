import { type AuditPluginOptions, auditBuild } from './pluginRun'

export type { AuditPluginOptions } from './pluginRun'

/**
 * The part of Taro's plugin context (`IPluginContext` of `@tarojs/service` 4.x) the plugin uses.
 *
 * @example
 * ```ts
 * import type { TaroPluginContext } from '@mp-privacy/audit/taro'
 * const paths: TaroPluginContext['paths'] = { appPath: '/app', outputPath: '/app/dist' }
 * ```
 */
export interface TaroPluginContext {
  paths: { appPath: string; outputPath: string }
  runOpts?: { options?: { platform?: string; isWatch?: boolean } }
  onBuildFinish(listener: (opts: { error?: unknown; isWatch?: boolean }) => void | Promise<void>): void
}

/** The Taro platforms (`--type`, `TARO_ENV`) whose output the audit reads: WeChat, Douyin, Alipay. */
const AUDITED_PLATFORMS = new Set(['weapp', 'tt', 'alipay'])

/**
 * Taro plugin: audits the output folder after every weapp, tt and alipay build (on Douyin and Alipay only the rules
 * that apply there run: see `ruleAppliesOn`). In development (`taro build --watch`, `NODE_ENV` not `production`) the
 * report is a warning; in a production build errors print the report and make `taro build` exit with code 1. Other
 * platforms (H5, React Native) are not audited.
 *
 * @example
 * ```ts
 * // config/index.ts
 * export default defineConfig({
 *   plugins: ['@mp-privacy/audit/taro'],
 *   // or with options: plugins: [['@mp-privacy/audit/taro', { privacy: 'privacy.json', lang: 'en' }]],
 * })
 * ```
 */
export default function mpPrivacyAuditTaro(ctx: TaroPluginContext, options: AuditPluginOptions = {}): void {
  ctx.onBuildFinish(({ error, isWatch }) => {
    const platform = ctx.runOpts?.options?.platform ?? process.env.TARO_ENV
    if (error || (platform !== undefined && !AUDITED_PLATFORMS.has(platform))) return
    const production = process.env.NODE_ENV === 'production' && !(isWatch ?? ctx.runOpts?.options?.isWatch)
    const { result, failure } = auditBuild(
      ctx.paths.outputPath,
      ctx.paths.appPath,
      production,
      options,
      (text) => console.warn(text),
    )
    if (failure) {
      console.error(failure.message)
      // Taro does not await onBuildFinish: a thrown error would be an unhandled rejection. Fail the process instead.
      process.exitCode = 1
    } else if (result.findings.length === 0) {
      console.log(options.lang === 'en' ? 'mp-privacy-audit: no findings' : 'mp-privacy-audit：未发现问题')
    }
  })
}
