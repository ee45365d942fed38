import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { PlatformId } from '@mp-privacy/core'
import { type DeclarationRuleId, declarationRules } from './declarationRules'
import type { RuleId } from './rules'

/** Core's platform ids, named as Taro's `--type` (uni-app: `mp-weixin`, `mp-toutiao`, `mp-alipay`). */
type MiniProgramPlatform = PlatformId

const templates: Readonly<Record<string, MiniProgramPlatform>> = {
  '.wxml': 'weapp',
  '.ttml': 'tt',
  '.axml': 'alipay',
}

/** Host objects compiled code calls (`tt.getLocation(…)`), for output without any template file. */
const hostCall: Readonly<Record<MiniProgramPlatform, RegExp>> = {
  weapp: /\bwx\.[A-Za-z]\w*\(/g,
  tt: /\btt\.[A-Za-z]\w*\(/g,
  alipay: /\bmy\.[A-Za-z]\w*\(/g,
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !file.split(/[\\/]/).includes('node_modules'),
  )
}

/**
 * Which platform the compiled app in `dir` was built for (core's `detectPlatform` answers the same for the host an
 * app runs on): by its templates (`.wxml`, `.ttml`, `.axml` — the most
 * files win), else by Alipay's `mini.project.json`, else by which host object its scripts call most (`wx.`, `tt.`,
 * `my.`). WeChat when nothing tells.
 *
 * @example
 * ```ts
 * import { detectBuildPlatform } from '@mp-privacy/audit'
 * detectBuildPlatform('dist/build/mp-alipay') // 'alipay'
 * ```
 */
export function detectBuildPlatform(dir: string): MiniProgramPlatform {
  const files = filesOf(dir)
  const count = (platform: MiniProgramPlatform, per: (file: string) => number) =>
    files.reduce((sum, file) => sum + (templates[extname(file)] === platform ? 1 : 0) * per(file), 0)
  const byTemplates = (['weapp', 'tt', 'alipay'] as const).map((platform) => ({
    platform,
    count: count(platform, () => 1),
  }))
  const topTemplate = byTemplates.reduce((best, next) => (next.count > best.count ? next : best))
  if (topTemplate.count > 0) return topTemplate.platform
  if (existsSync(join(dir, 'mini.project.json'))) return 'alipay'
  const scripts = files
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
  const byCalls = (['weapp', 'tt', 'alipay'] as const).map((platform) => ({
    platform,
    count: scripts.match(hostCall[platform])?.length ?? 0,
  }))
  return byCalls.reduce((best, next) => (next.count > best.count ? next : best)).platform
}

/**
 * The rules that follow WeChat's own contract: the privacy guide's types and errno 112, `requiredPrivateInfos` and
 * `permission` as WeChat reads them. Douyin and Alipay have neither errno 112 nor these app.json checks, so the
 * audit does not report them there.
 *
 * @example
 * ```ts
 * import { WECHAT_ONLY_RULES } from '@mp-privacy/audit'
 * WECHAT_ONLY_RULES.includes('missing-required-private-info') // true
 * ```
 */
export const WECHAT_ONLY_RULES: readonly RuleId[] = [
  'undeclared-privacy-type',
  'unused-privacy-type',
  'missing-privacy-declaration',
  'missing-required-private-info',
  'missing-permission-desc',
  'invalid-required-private-info',
  'conflicting-required-private-infos',
  'invalid-permission-scope',
  'permission-desc-too-long',
  // The declaration as WeChat's setprivacysetting and review take it.
  ...(Object.keys(declarationRules) as DeclarationRuleId[]),
]

/**
 * Whether a rule applies to output of `platform` (every rule on WeChat; no {@link WECHAT_ONLY_RULES} elsewhere).
 *
 * @example
 * ```ts
 * import { ruleAppliesOn } from '@mp-privacy/audit'
 * ruleAppliesOn('undeclared-privacy-type', 'alipay') // false
 * ```
 */
export function ruleAppliesOn(rule: RuleId, platform: MiniProgramPlatform): boolean {
  return platform === 'weapp' || !WECHAT_ONLY_RULES.includes(rule)
}

/**
 * What {@link checkPrivacySwitch} found: the key app.json lacks, and the WeChat spelling when that is there instead.
 *
 * @example
 * ```ts
 * import type { PrivacySwitchProblem } from '@mp-privacy/audit'
 * const problem: PrivacySwitchProblem = { platform: 'alipay', wechatSpelling: true } // only __usePrivacyCheck__ set
 * ```
 */
export interface PrivacySwitchProblem {
  platform: Exclude<MiniProgramPlatform, 'weapp'>
  /** `true` when app.json has WeChat's `__usePrivacyCheck__` but not `usePrivacyCheck`. */
  wechatSpelling: boolean
}

/**
 * Douyin and Alipay run privacy consent only when app.json has `usePrivacyCheck: true` (H30: Douyin, always on for
 * apps created after 2024-03-25; H35: Alipay, never without it). Returns the problem, or `undefined` when the switch is on,
 * on WeChat (whose gate is always on), and when there is no app.json to read.
 *
 * @example
 * ```ts
 * import { checkPrivacySwitch } from '@mp-privacy/audit'
 * checkPrivacySwitch('dist/build/mp-alipay', 'alipay') // undefined when app.json has "usePrivacyCheck": true
 * ```
 */
export function checkPrivacySwitch(
  dir: string,
  platform: MiniProgramPlatform,
): PrivacySwitchProblem | undefined {
  const file = join(dir, 'app.json')
  if (platform === 'weapp' || !existsSync(file)) return undefined
  let appJson: unknown
  try {
    appJson = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
  if (typeof appJson !== 'object' || appJson === null) return undefined
  const config = appJson as { usePrivacyCheck?: unknown; __usePrivacyCheck__?: unknown }
  if (config.usePrivacyCheck === true) return undefined
  return { platform, wechatSpelling: config.__usePrivacyCheck__ === true }
}
