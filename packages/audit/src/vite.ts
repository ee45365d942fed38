import { resolve } from 'node:path'
import { type AuditPluginOptions, auditBuild } from './pluginRun'

export type { AuditPluginOptions } from './pluginRun'

/**
 * The shape of the Vite plugin (a subset of Vite's `Plugin`, so any Vite 4–7 accepts it without this package
 * depending on Vite).
 *
 * @example
 * ```ts
 * import mpPrivacyAudit, { type AuditVitePlugin } from '@mp-privacy/audit/vite'
 * const plugin: AuditVitePlugin = mpPrivacyAudit()
 * ```
 */
export interface AuditVitePlugin {
  name: string
  apply: 'build'
  enforce: 'post'
  configResolved(config: { root: string; isProduction: boolean; build: { outDir: string } }): void
  closeBundle(): void
}

/** The uni-app platforms (`UNI_PLATFORM`) whose output the audit reads: WeChat, Douyin, Alipay. */
const AUDITED_PLATFORMS = new Set(['mp-weixin', 'mp-toutiao', 'mp-alipay'])

/**
 * Vite plugin for uni-app: audits the mp-weixin, mp-toutiao and mp-alipay output (`UNI_OUTPUT_DIR`, else Vite's
 * `build.outDir`) when the bundle is closed (on Douyin and Alipay only the rules that apply there run: see
 * `ruleAppliesOn`). In development (`uni -p mp-weixin`) the report is a warning; in a production build
 * (`uni build -p mp-weixin`) errors fail the build. Other platforms (H5, App) are not audited.
 *
 * @example
 * ```ts
 * // vite.config.ts
 * import uni from '@dcloudio/vite-plugin-uni'
 * import mpPrivacyAudit from '@mp-privacy/audit/vite'
 * export default defineConfig({ plugins: [uni(), mpPrivacyAudit({ lang: 'en' })] })
 * ```
 */
export default function mpPrivacyAuditVite(options: AuditPluginOptions = {}): AuditVitePlugin {
  let outDir: string | undefined
  let production = process.env.NODE_ENV === 'production'
  return {
    name: 'mp-privacy-audit',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      production = config.isProduction
    },
    closeBundle() {
      const platform = process.env.UNI_PLATFORM
      if (platform !== undefined && !AUDITED_PLATFORMS.has(platform)) return
      const dir = process.env.UNI_OUTPUT_DIR ?? outDir
      if (dir === undefined) return
      const { failure } = auditBuild(dir, process.cwd(), production, options, (text) => console.warn(text))
      if (failure) throw failure
    },
  }
}
