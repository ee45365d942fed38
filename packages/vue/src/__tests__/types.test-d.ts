import type {
  ConsentState,
  ConsentStatus,
  PendingRequest,
  PrivacyClient,
  PromptOwner,
  PromptOwnerKind,
  Scope,
  ScopeStatus,
  ScopesState,
  ScopeValue,
} from '@mp-privacy/core'
import type { AgreeOpenType as SharedAgreeOpenType } from '@mp-privacy/core/ui'
import { describe, expectTypeOf, test } from 'vitest'
import { type Plugin, type Ref, ref } from 'vue'
import {
  type AgreeButtonProps,
  type AgreeOpenType,
  createPrivacyClient,
  createPrivacyPlugin,
  type PageLifecycle,
  type PrivacyGuardProps,
  type PrivacyPluginOptions,
  type PrivacyTexts,
  providePrivacyClient,
  type ScopeGuardProps,
  type UsePrivacyOptions,
  type UsePrivacyPromptResult,
  type UsePrivacyResult,
  type UseScopeResult,
  useConsent,
  usePrivacy,
  usePrivacyClient,
  usePrivacyPrompt,
  usePromptOwner,
  useScope,
} from '../index'
import { taroLifecycle } from '../taro'
import { uniLifecycle } from '../uni'

describe('usePrivacy', () => {
  test('without a selector: readonly refs and actions', () => {
    const result = usePrivacy()
    expectTypeOf(result).toEqualTypeOf<UsePrivacyResult>()
    expectTypeOf(result.status).toEqualTypeOf<Readonly<Ref<ConsentStatus>>>()
    expectTypeOf(result.contractName).toEqualTypeOf<Readonly<Ref<string | null>>>()
    expectTypeOf(result.pending).toEqualTypeOf<Readonly<Ref<ReadonlyArray<PendingRequest>>>>()
    expectTypeOf(result.agree).parameters.toEqualTypeOf<[buttonId?: string]>()
    expectTypeOf(result.refresh).returns.toEqualTypeOf<Promise<ConsentState>>()
  })

  test('the refs cannot be assigned', () => {
    const { status } = usePrivacy()
    // @ts-expect-error readonly
    status.value = 'agreed'
  })

  test('a selector (function or option) gives a readonly ref of its result', () => {
    expectTypeOf(usePrivacy((state) => state.pending.length)).toEqualTypeOf<Readonly<Ref<number>>>()
    expectTypeOf(usePrivacy({ select: (state) => state.consent.status === 'agreed' })).toEqualTypeOf<
      Readonly<Ref<boolean>>
    >()
  })

  test('suspense: true gives a Promise of the same', () => {
    expectTypeOf(usePrivacy({ suspense: true })).toEqualTypeOf<Promise<UsePrivacyResult>>()
    expectTypeOf(usePrivacy({ select: (state) => state.pending, suspense: true })).toEqualTypeOf<
      Promise<Readonly<Ref<ReadonlyArray<PendingRequest>>>>
    >()
    expectTypeOf(usePrivacy({ suspense: false })).toEqualTypeOf<UsePrivacyResult>()
  })

  test('the options type is the one of @mp-privacy/react', () => {
    expectTypeOf<UsePrivacyOptions<number>>().toEqualTypeOf<{
      select?: (state: Parameters<NonNullable<UsePrivacyOptions<number>['select']>>[0]) => number
      suspense?: boolean
    }>()
  })

  test('useConsent resolves with the settled status', () => {
    expectTypeOf(useConsent()).toEqualTypeOf<Promise<'agreed' | 'unsupported'>>()
  })
})

test('useScope takes a scope, a ref or a getter and returns its status ref and actions', () => {
  const result = useScope('scope.userLocation')
  expectTypeOf(result).toEqualTypeOf<UseScopeResult>()
  expectTypeOf(result.status).toEqualTypeOf<Readonly<Ref<ScopeStatus>>>()
  expectTypeOf(result.request).returns.toEqualTypeOf<Promise<ScopeValue>>()
  expectTypeOf(result.openSettings).returns.toEqualTypeOf<Promise<ScopesState>>()
  useScope(ref<Scope>('scope.camera'))
  useScope(() => 'scope.record' as const)
  // @ts-expect-error not a scope
  useScope('scope.gps')
})

test('usePrivacyPrompt', () => {
  const prompt = usePrivacyPrompt()
  expectTypeOf(prompt).toEqualTypeOf<UsePrivacyPromptResult>()
  expectTypeOf(prompt.visible).toEqualTypeOf<Readonly<Ref<boolean>>>()
  expectTypeOf(prompt.referrers).toEqualTypeOf<Readonly<Ref<readonly string[]>>>()
  expectTypeOf(prompt.agree).parameters.toEqualTypeOf<[]>()
  expectTypeOf(prompt.agreeButtonId).toEqualTypeOf<string>()
})

test('the client: plugin, provide, use', () => {
  expectTypeOf(createPrivacyPlugin).parameter(0).toEqualTypeOf<PrivacyPluginOptions>()
  expectTypeOf(createPrivacyPlugin({ lifecycle: null })).toEqualTypeOf<Plugin>()
  // @ts-expect-error: lifecycle is required (the framework's page hooks, or null in plain Vue)
  createPrivacyPlugin({})
  // @ts-expect-error: lifecycle is required
  createPrivacyPlugin()
  expectTypeOf(providePrivacyClient).parameter(0).toEqualTypeOf<PrivacyClient>()
  expectTypeOf(usePrivacyClient()).toEqualTypeOf<PrivacyClient>()
})

test('usePromptOwner: a prompt of your own is an owner of a kind', () => {
  expectTypeOf(usePromptOwner).parameters.toEqualTypeOf<[PrivacyClient, PromptOwnerKind]>()
  expectTypeOf(usePromptOwner(usePrivacyClient(), 'guard')).toEqualTypeOf<PromptOwner>()
  // @ts-expect-error: a kind is 'popup' or 'guard'
  usePromptOwner(usePrivacyClient(), 'modal')
})

test('page lifecycles: the per-framework entries fit the plugin option', () => {
  expectTypeOf(uniLifecycle).toEqualTypeOf<PageLifecycle>()
  expectTypeOf(taroLifecycle).toEqualTypeOf<PageLifecycle>()
  expectTypeOf<PrivacyPluginOptions['lifecycle']>().toEqualTypeOf<PageLifecycle | null>()
  expectTypeOf<keyof PageLifecycle>().toEqualTypeOf<'onShow' | 'onHide' | 'onUnload'>()
  createPrivacyPlugin({ lifecycle: uniLifecycle })
  createPrivacyPlugin({ client: createPrivacyClient(), lifecycle: taroLifecycle })
  // @ts-expect-error: every page event is needed
  createPrivacyPlugin({ lifecycle: { onShow: () => {} } })
})

test('component props', () => {
  expectTypeOf<AgreeButtonProps['openType']>().toEqualTypeOf<AgreeOpenType | undefined>()
  // One definition, in core/ui, shared with @mp-privacy/react.
  expectTypeOf<AgreeOpenType>().toEqualTypeOf<SharedAgreeOpenType>()
  expectTypeOf<ScopeGuardProps['scope']>().toEqualTypeOf<Scope>()
  expectTypeOf<PrivacyGuardProps['texts']>().toEqualTypeOf<Partial<PrivacyTexts> | undefined>()
  expectTypeOf<keyof PrivacyTexts>().toEqualTypeOf<
    'title' | 'description' | 'agree' | 'disagree' | 'openContract' | 'openSettings' | 'request'
  >()
})
