import type { PlatformId } from '@mp-privacy/core'
import { expectTypeOf, test } from 'vitest'
import {
  type AuditResult,
  checkPrivacySwitch,
  detectBuildPlatform,
  type PrivacySwitchProblem,
  type RuleId,
  ruleAppliesOn,
  WECHAT_ONLY_RULES,
} from './index'

test("the build's platform is core's PlatformId", () => {
  expectTypeOf(detectBuildPlatform).parameters.toEqualTypeOf<[dir: string]>()
  expectTypeOf(detectBuildPlatform).returns.toEqualTypeOf<PlatformId>()
  expectTypeOf<AuditResult['platform']>().toEqualTypeOf<PlatformId>()
})

test('the WeChat-only rules are rule ids; the switch check names Douyin or Alipay only', () => {
  expectTypeOf(WECHAT_ONLY_RULES).toEqualTypeOf<readonly RuleId[]>()
  expectTypeOf(ruleAppliesOn).returns.toBeBoolean()
  expectTypeOf(checkPrivacySwitch).returns.toEqualTypeOf<PrivacySwitchProblem | undefined>()
  expectTypeOf<PrivacySwitchProblem['platform']>().toEqualTypeOf<'tt' | 'alipay'>()
  // @ts-expect-error: 'privacy-check-of' is not a rule
  ruleAppliesOn('privacy-check-of', 'tt')
})
