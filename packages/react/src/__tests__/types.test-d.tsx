import type { ConsentStatus, PrivacyClient, ScopeStatus, ScopesState, ScopeValue } from '@mp-privacy/core'
import type { AgreeOpenType as SharedAgreeOpenType } from '@mp-privacy/core/ui'
import type { ComponentProps, ReactNode } from 'react'
import { describe, expectTypeOf, test } from 'vitest'
import {
  AgreeButton,
  type AgreeOpenType,
  PrivacyGuard,
  type PrivacyProvider,
  ScopeGuard,
  type UsePrivacyPromptResult,
  type UsePrivacyResult,
  type UseScopeResult,
  useConsent,
  usePrivacy,
  usePrivacyClient,
  usePrivacyPrompt,
  useScope,
} from '../index'

describe('usePrivacy overloads', () => {
  test('without a selector: the consent view', () => {
    expectTypeOf(usePrivacy()).toEqualTypeOf<UsePrivacyResult>()
    expectTypeOf(usePrivacy({ suspense: true })).toEqualTypeOf<UsePrivacyResult>()
    expectTypeOf<UsePrivacyResult['status']>().toEqualTypeOf<ConsentStatus>()
    expectTypeOf<UsePrivacyResult['agree']>().parameters.toEqualTypeOf<[buttonId?: string]>()
  })

  test('with a selector function or { select }: the selected type', () => {
    expectTypeOf(usePrivacy((state) => state.pending.length)).toEqualTypeOf<number>()
    expectTypeOf(usePrivacy({ select: (state) => state.consent.contractName, suspense: true })).toEqualTypeOf<
      string | null
    >()
  })

  test('rejects unknown options', () => {
    // @ts-expect-error not an option
    usePrivacy({ suspend: true })
  })
})

test('useConsent returns the settled status', () => {
  expectTypeOf(useConsent()).toEqualTypeOf<'agreed' | 'unsupported'>()
})

test("useScope's status is core's ScopeStatus; request resolves granted or denied", () => {
  const result = useScope('scope.userLocation')
  expectTypeOf(result).toEqualTypeOf<UseScopeResult>()
  expectTypeOf(result.status).toEqualTypeOf<ScopeStatus>()
  expectTypeOf(result.request).returns.toEqualTypeOf<Promise<ScopeValue>>()
  expectTypeOf(result.openSettings).returns.toEqualTypeOf<Promise<ScopesState>>()
  // @ts-expect-error not a scope
  useScope('scope.gps')
})

test('usePrivacyPrompt and usePrivacyClient', () => {
  expectTypeOf(usePrivacyPrompt()).toEqualTypeOf<UsePrivacyPromptResult>()
  expectTypeOf(usePrivacyPrompt().referrers).toEqualTypeOf<readonly string[]>()
  expectTypeOf(usePrivacyPrompt().agree).parameters.toEqualTypeOf<[]>()
  expectTypeOf(usePrivacyClient()).toEqualTypeOf<PrivacyClient>()
})

describe('component props', () => {
  test('PrivacyProvider takes an optional client', () => {
    expectTypeOf<ComponentProps<typeof PrivacyProvider>['client']>().toEqualTypeOf<
      PrivacyClient | undefined
    >()
  })

  test('PrivacyGuard: nodes and partial texts', () => {
    expectTypeOf<ComponentProps<typeof PrivacyGuard>['fallback']>().toEqualTypeOf<ReactNode>()
    expectTypeOf<ComponentProps<typeof PrivacyGuard>>().toMatchTypeOf<{ texts?: { agree?: string } }>()
    // @ts-expect-error unknown text key
    PrivacyGuard({ texts: { accept: 'ok' } })
  })

  test('ScopeGuard: a required scope; the fallback may be a function of the scope state', () => {
    ScopeGuard({ scope: 'scope.camera', fallback: (camera) => camera.status })
    // @ts-expect-error scope is required
    ScopeGuard({})
    // @ts-expect-error not a scope
    ScopeGuard({ scope: 'camera' })
  })

  test('AgreeButton: only open-types that include agreePrivacyAuthorization', () => {
    AgreeButton({ openType: 'getRealtimePhoneNumber|agreePrivacyAuthorization' })
    // @ts-expect-error an open-type without agreePrivacyAuthorization records no consent (H17)
    AgreeButton({ openType: 'getPhoneNumber' })
    expectTypeOf<ComponentProps<typeof AgreeButton>['id']>().toEqualTypeOf<string | undefined>()
    // One definition, in core/ui, shared with @mp-privacy/vue; still exported from here.
    expectTypeOf<ComponentProps<typeof AgreeButton>['openType']>().toEqualTypeOf<AgreeOpenType | undefined>()
    expectTypeOf<AgreeOpenType>().toEqualTypeOf<SharedAgreeOpenType>()
  })
})
