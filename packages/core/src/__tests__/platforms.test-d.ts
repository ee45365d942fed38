import { createSimulator } from '@mp-privacy/simulator'
import { expectTypeOf, test } from 'vitest'
import {
  createPrivacyClient,
  defaultHost,
  detectPlatform,
  PLATFORMS,
  type PlatformId,
  type PlatformSpec,
  type PrivacyErrorCode,
  type PrivacyHost,
  type PrivacyState,
  platformHost,
  type ScopeStatus,
} from '../index'
import { scopeGuardView } from '../ui'

test('platform ids are Taro’s names', () => {
  expectTypeOf<PlatformId>().toEqualTypeOf<'weapp' | 'tt' | 'alipay'>()
  expectTypeOf(PLATFORMS).toEqualTypeOf<Readonly<Record<PlatformId, PlatformSpec>>>()
  expectTypeOf<PlatformSpec['global']>().toEqualTypeOf<'wx' | 'tt' | 'my'>()
  expectTypeOf(PLATFORMS.alipay.scopes['scope.userLocation']).toEqualTypeOf<string | undefined>()
})

test('host detection and the host edge', () => {
  expectTypeOf(detectPlatform).returns.toEqualTypeOf<
    { platform: PlatformId; host: PrivacyHost } | undefined
  >()
  expectTypeOf(defaultHost).returns.toEqualTypeOf<PrivacyHost | undefined>()
  expectTypeOf(platformHost).parameters.toEqualTypeOf<[PrivacyHost, PlatformId]>()
  // Any simulated host is a PrivacyHost once adapted.
  const sim = createSimulator({ platform: 'tt' })
  createPrivacyClient({ host: platformHost(sim.host, sim.platform) })
  createPrivacyClient({ host: sim.host, platform: sim.platform })
  // @ts-expect-error: not a platform
  createPrivacyClient({ host: sim.host, platform: 'swan' })
  // @ts-expect-error: not a platform
  platformHost(sim.host, 'swan')
})

test('SCOPE_UNSUPPORTED is a code callers can switch on', () => {
  expectTypeOf<'SCOPE_UNSUPPORTED'>().toMatchTypeOf<PrivacyErrorCode>()
})

test('a scope the platform lacks is a status of its own, and the client says its platform', () => {
  expectTypeOf<'scope-unsupported'>().toMatchTypeOf<ScopeStatus>()
  expectTypeOf<ScopeStatus>().toEqualTypeOf<
    'granted' | 'denied' | 'not-asked' | 'loading' | 'unsupported' | 'scope-unsupported' | 'error'
  >()
  expectTypeOf<PrivacyState['platform']>().toEqualTypeOf<PlatformId | null>()
  expectTypeOf(scopeGuardView).returns.toEqualTypeOf<'content' | 'request' | 'settings' | 'none'>()
})

test('agree says whether it acted: false when it repeats the same tap (H39)', () => {
  const client = createPrivacyClient({ host: null })
  expectTypeOf(client.agree).toEqualTypeOf<(buttonId: string) => boolean>()
})
