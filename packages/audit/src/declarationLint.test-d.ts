import { expectTypeOf, test } from 'vitest'
import {
  type DeclarationFinding,
  type DeclarationRuleId,
  formatDeclarationFinding,
  lintDeclaration,
  PRIVACY_EXIT_CODES,
  type PrivacyCommandIo,
  type RuleId,
  rules,
  runPrivacyCommand,
} from './index'

test('lintDeclaration takes anything and returns typed findings', () => {
  expectTypeOf(lintDeclaration).parameter(0).toEqualTypeOf<unknown>()
  expectTypeOf(lintDeclaration({}, { ver: 1, requireOwnerSetting: false })).toEqualTypeOf<
    DeclarationFinding[]
  >()
  // @ts-expect-error ver is 1 or 2
  lintDeclaration({}, { ver: 3 })
  expectTypeOf<DeclarationFinding['errcode']>().toEqualTypeOf<number | undefined>()
  expectTypeOf<DeclarationFinding['message']>().toEqualTypeOf<{ zh: string; en: string }>()
  expectTypeOf(formatDeclarationFinding).returns.toEqualTypeOf<string>()
})

test('the lint rules are rules of the audit table', () => {
  expectTypeOf<DeclarationRuleId>().toExtend<RuleId>()
  expectTypeOf(rules['storage-period-format'].severity).toEqualTypeOf<'error'>()
  expectTypeOf<'privacy-key-typo'>().toExtend<DeclarationRuleId>()
})

test('runPrivacyCommand resolves with an exit code', () => {
  expectTypeOf(runPrivacyCommand(['push'])).resolves.toEqualTypeOf<number>()
  expectTypeOf(PRIVACY_EXIT_CODES.wechat).toEqualTypeOf<3>()
  expectTypeOf<PrivacyCommandIo['env']>().toEqualTypeOf<Readonly<Record<string, string | undefined>>>()
})
