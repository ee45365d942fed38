import { expectTypeOf, test } from 'vitest'
import {
  type AuditResult,
  audit,
  EXIT_CODES,
  type Finding,
  type FindingUse,
  nameUse,
  type PrivacyDeclaration,
  type PrivacyKey,
  type RuleId,
  type RuleSpec,
  ruleDocs,
  rules,
  settingList,
  type toSarif,
} from './index'
import mpPrivacyAuditTaro, { type TaroPluginContext } from './taro'
import mpPrivacyAuditVite from './vite'

test('audit takes a folder and a declaration object or path, and returns typed findings', () => {
  expectTypeOf(audit)
    .parameter(0)
    .toHaveProperty('privacy')
    .toEqualTypeOf<PrivacyDeclaration | string | undefined>()
  expectTypeOf(audit({ dir: 'dist' })).toEqualTypeOf<AuditResult>()
  expectTypeOf<Finding['rule']>().toEqualTypeOf<RuleId>()
  expectTypeOf<AuditResult['keysInUse']>().toEqualTypeOf<PrivacyKey[]>()
  // @ts-expect-error dir is required
  audit({})
})

test('a saved getprivacysetting response is a PrivacyDeclaration as it is', () => {
  const saved = {
    errcode: 0,
    errmsg: 'ok',
    privacy_list: ['Location'],
    setting_list: [{ privacy_key: 'Location', privacy_text: '门店', privacy_label: '位置信息' }],
  }
  expectTypeOf(saved).toExtend<PrivacyDeclaration>()
  expectTypeOf(settingList).returns.items.toHaveProperty('privacy_key').toEqualTypeOf<string>()
})

test('SARIF results carry error or warning levels', () => {
  type Level = ReturnType<typeof toSarif>['runs'][number]['results'][number]['level']
  expectTypeOf<Level>().toEqualTypeOf<'error' | 'warning'>()
})

test('the plugins fit Taro (ctx, options) and Vite (options → plugin)', () => {
  expectTypeOf(mpPrivacyAuditTaro).parameter(0).toEqualTypeOf<TaroPluginContext>()
  expectTypeOf(mpPrivacyAuditVite()).toHaveProperty('name').toEqualTypeOf<string>()
  expectTypeOf(mpPrivacyAuditVite)
    .parameter(0)
    .toExtend<{ lang?: 'zh' | 'en'; failOnError?: boolean } | undefined>()
})

test('RuleId is derived from the rule table; ruleDocs and the table are keyed by it', () => {
  expectTypeOf<RuleId>().toEqualTypeOf<keyof typeof rules>()
  expectTypeOf<RuleId>().toExtend<string>()
  expectTypeOf<'undeclared-privacy-type'>().toExtend<RuleId>()
  expectTypeOf(rules['missing-permission-desc']).toExtend<RuleSpec>()
  expectTypeOf(ruleDocs).toEqualTypeOf<
    Readonly<Record<RuleId, { severity: 'error' | 'warning'; url: string }>>
  >()
  expectTypeOf<RuleSpec['message']['en']>().toEqualTypeOf<(finding: Finding) => string>()
})

test('findings carry their uses by kind; the result carries the declaration it read', () => {
  expectTypeOf<Finding['uses']>().toEqualTypeOf<FindingUse[] | undefined>()
  expectTypeOf<FindingUse['kind']>().toEqualTypeOf<'api' | 'component' | 'scope'>()
  expectTypeOf(nameUse).parameters.toEqualTypeOf<[FindingUse, 'zh' | 'en']>()
  expectTypeOf<AuditResult['declaration']>().toEqualTypeOf<PrivacyDeclaration | undefined>()
  expectTypeOf<AuditResult['findings'][number]['locations'][number]['library']>().toEqualTypeOf<
    string | undefined
  >()
  expectTypeOf(EXIT_CODES).toEqualTypeOf<{ readonly ok: 0; readonly findings: 1; readonly badInput: 2 }>()
})
