import { expectTypeOf, test } from 'vitest'
import { type AuditResult, audit, type RuleId } from './index'

test('the result counts the files read by kind, the files skipped and the library files the app never reaches', () => {
  expectTypeOf(audit({ dir: 'dist' }).files).toEqualTypeOf<AuditResult['files']>()
  expectTypeOf<AuditResult['files']>().toEqualTypeOf<{
    js: number
    ts: number
    wxml: number
    skipped: number
    unreachable: number
  }>()
})

test('the warnings that say what could not be checked are rules', () => {
  expectTypeOf<'unparsable-file'>().toExtend<RuleId>()
  expectTypeOf<'dynamic-api-call'>().toExtend<RuleId>()
  expectTypeOf<'unbuilt-npm-package'>().toExtend<RuleId>()
  expectTypeOf<'unrecognised-build'>().toExtend<RuleId>()
})
