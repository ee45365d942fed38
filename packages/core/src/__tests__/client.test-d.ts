import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expectTypeOf, test } from 'vitest'
import {
  type ConsentStatus,
  createPrivacyClient,
  type PrivacyClient,
  type PrivacyError,
  type PrivacyErrorCode,
  type PrivacyHost,
  type PrivacyListener,
  type PrivacyState,
  type PromptOwnerKind,
  type Scope,
  type ScopeStatus,
  type ScopeValue,
  selectScopeStatus,
  toPrivacyError,
} from '../index'

describe('public types', () => {
  test('createPrivacyClient accepts the simulator, null, or nothing', () => {
    expectTypeOf(createPrivacyClient({ host: createWechatSimulator().wx })).toEqualTypeOf<PrivacyClient>()
    expectTypeOf(createPrivacyClient({ host: null })).toEqualTypeOf<PrivacyClient>()
    expectTypeOf(createPrivacyClient()).toEqualTypeOf<PrivacyClient>()
    // @ts-expect-error: agreeButtonId is a string or a list of strings
    createPrivacyClient({ agreeButtonId: 1 })
  })

  test('the store is read-only', () => {
    const client = createPrivacyClient({ host: null })
    expectTypeOf(client.store.getState()).toEqualTypeOf<PrivacyState>()
    expectTypeOf(client.store).not.toHaveProperty('setState')
    expectTypeOf(client.store.getState().consent.status).toEqualTypeOf<ConsentStatus>()
    expectTypeOf(client.store.getState().scopes.values['scope.camera']).toEqualTypeOf<
      ScopeValue | undefined
    >()
  })

  test('scope methods take Scope, not string', () => {
    const client = createPrivacyClient({ host: null })
    expectTypeOf(client.authorize).parameter(0).toEqualTypeOf<Scope>()
    expectTypeOf(client.authorize('scope.record')).resolves.toEqualTypeOf<ScopeValue>()
    expectTypeOf(client.requestScope('scope.record')).resolves.toEqualTypeOf<ScopeValue>()
    expectTypeOf(client.ensureScope('scope.record')).resolves.toEqualTypeOf<'granted'>()
    // @ts-expect-error: not a scope
    client.requestScope('scope.gps')
    // @ts-expect-error: not a scope
    client.authorize('scope.gps')
    expectTypeOf(selectScopeStatus(client.store.getState(), 'scope.record')).toEqualTypeOf<ScopeStatus>()
  })

  test('prompt owners have a kind; the prompt slice names one owner', () => {
    const client = createPrivacyClient({ host: null })
    expectTypeOf(client.registerOwner('page', { kind: 'guard' }).kind).toEqualTypeOf<PromptOwnerKind>()
    // @ts-expect-error: 'popup' or 'guard'
    client.registerOwner('page', { kind: 'dialog' })
    expectTypeOf(client.store.getState().prompt).toEqualTypeOf<{
      readonly ownerId: string | null
      readonly visible: boolean
    }>()
  })

  test('PrivacyError carries a code callers can switch on', () => {
    expectTypeOf(toPrivacyError({ errMsg: 'x' })).toEqualTypeOf<PrivacyError>()
    expectTypeOf<PrivacyError['code']>().toEqualTypeOf<PrivacyErrorCode>()
    expectTypeOf<PrivacyError['errno']>().toEqualTypeOf<number | null>()
  })

  test('the listener type is the real one, not GeneralCallbackResult', () => {
    expectTypeOf<PrivacyListener>().parameter(0).parameter(0).toHaveProperty('event')
    expectTypeOf<PrivacyListener>().parameter(1).toEqualTypeOf<{ referrer: string }>()
    expectTypeOf<NonNullable<PrivacyHost['onNeedPrivacyAuthorization']>>()
      .parameter(0)
      .toEqualTypeOf<PrivacyListener>()
  })
})
