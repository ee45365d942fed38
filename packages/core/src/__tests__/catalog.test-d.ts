import { describe, expectTypeOf, test } from 'vitest'
import {
  type CatalogLocale,
  describePrivacyKey,
  describeReferrer,
  describeScope,
  isDeclaredSetting,
  PRIVACY_KEYS,
  type PrivacyKey,
  type PrivacyKeyInfo,
  privacyKeyOfApi,
  privacyKeys,
  type Scope,
  type ScopeInfo,
  scopeOfApi,
  scopes,
} from '../catalog'

describe('catalog types', () => {
  test('PrivacyKey is a union of the literal keys, not string', () => {
    expectTypeOf<PrivacyKey>().toEqualTypeOf<(typeof PRIVACY_KEYS)[number]>()
    expectTypeOf<'Location'>().toExtend<PrivacyKey>()
    expectTypeOf<'Clipboard'>().toExtend<PrivacyKey>()
    expectTypeOf<string>().not.toExtend<PrivacyKey>()
    expectTypeOf<'location'>().not.toExtend<PrivacyKey>()
    expectTypeOf(PRIVACY_KEYS).toExtend<readonly PrivacyKey[]>()
  })

  test('PRIVACY_KEYS is a readonly tuple of 28', () => {
    expectTypeOf(PRIVACY_KEYS.length).toEqualTypeOf<28>()
    expectTypeOf(PRIVACY_KEYS[0]).toEqualTypeOf<'UserInfo'>()
    // @ts-expect-error: the tuple is readonly
    PRIVACY_KEYS.push('Other')
  })

  test('privacyKeys is keyed by PrivacyKey and each entry knows its own key', () => {
    expectTypeOf<keyof typeof privacyKeys>().toEqualTypeOf<PrivacyKey>()
    expectTypeOf(privacyKeys.Location).toEqualTypeOf<PrivacyKeyInfo<'Location'>>()
    expectTypeOf(privacyKeys.Location.key).toEqualTypeOf<'Location'>()
    expectTypeOf(privacyKeys.Camera.scopes).toEqualTypeOf<readonly Scope[]>()
    expectTypeOf(privacyKeys.Camera.apis).toEqualTypeOf<readonly string[]>()
    // @ts-expect-error: not a privacy key
    privacyKeys.Gps
    // @ts-expect-error: the catalog is read-only
    privacyKeys.Location.zh = 'x'
  })

  test('scopes is keyed by Scope and links to a privacy key', () => {
    expectTypeOf<keyof typeof scopes>().toEqualTypeOf<Scope>()
    expectTypeOf(scopes['scope.camera']).toEqualTypeOf<ScopeInfo<'scope.camera'>>()
    expectTypeOf(scopes['scope.camera'].scope).toEqualTypeOf<'scope.camera'>()
    expectTypeOf(scopes['scope.camera'].privacyKey).toEqualTypeOf<PrivacyKey | null>()
    expectTypeOf(scopes['scope.camera'].alwaysGranted).toEqualTypeOf<boolean>()
    // @ts-expect-error: not a scope
    scopes['scope.gps']
  })

  test('lookups return narrow types', () => {
    expectTypeOf(privacyKeyOfApi).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(privacyKeyOfApi('getLocation')).toEqualTypeOf<PrivacyKey | undefined>()
    expectTypeOf(scopeOfApi('getLocation')).toEqualTypeOf<Scope | undefined>()
    expectTypeOf(describePrivacyKey('Location')).toEqualTypeOf<string>()
    expectTypeOf(describeScope('scope.camera', 'en')).toEqualTypeOf<string>()
    expectTypeOf(describeReferrer('getLocation', 'zh')).toEqualTypeOf<string>()
    expectTypeOf<CatalogLocale>().toEqualTypeOf<'zh' | 'en'>()
    // @ts-expect-error: only known privacy keys
    describePrivacyKey('Gps')
    // @ts-expect-error: only known scopes
    describeScope('scope.gps')
    // @ts-expect-error: only zh and en
    describeScope('scope.camera', 'fr')
  })

  test('isDeclaredSetting takes a setting_list entry (privacy_text optional) and answers a boolean', () => {
    expectTypeOf(
      isDeclaredSetting({ privacy_key: 'Location', privacy_text: '导航' }),
    ).toEqualTypeOf<boolean>()
    expectTypeOf(isDeclaredSetting({ privacy_key: 'Location' })).toEqualTypeOf<boolean>()
  })
})
