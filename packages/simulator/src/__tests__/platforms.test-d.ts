import {
  type AlipaySimulator,
  createAlipaySimulator,
  createDouyinSimulator,
  createSimulator,
  createWechatSimulator,
  type DouyinSimulator,
  type SimulatedPlatform,
  type SimulatedPlatformId,
  type SimulatedWx,
  type Simulator,
  simulatedPlatforms,
  type WechatSimulator,
} from '@mp-privacy/simulator'
import type { HarnessHost, LoadMiniProgramOptions } from '@mp-privacy/simulator/harness'
import { expectTypeOf, test } from 'vitest'

test('each factory returns its host under the platform global', () => {
  expectTypeOf(createWechatSimulator()).toEqualTypeOf<WechatSimulator>()
  expectTypeOf(createDouyinSimulator().tt).toEqualTypeOf<SimulatedWx>()
  expectTypeOf(createAlipaySimulator().my).toEqualTypeOf<SimulatedWx>()
  expectTypeOf(createDouyinSimulator().platform).toEqualTypeOf<'tt'>()
  expectTypeOf<AlipaySimulator['platform']>().toEqualTypeOf<'alipay'>()
  expectTypeOf<DouyinSimulator>().toMatchTypeOf<Simulator>()
  // @ts-expect-error a Douyin simulator has no wx
  createDouyinSimulator().wx
})

test('createSimulator takes the platform with the options', () => {
  expectTypeOf(createSimulator).parameter(0).toMatchTypeOf<{ platform?: SimulatedPlatformId } | undefined>()
  expectTypeOf(
    createSimulator({ platform: 'alipay', usePrivacyCheck: false }).host,
  ).toEqualTypeOf<SimulatedWx>()
  // @ts-expect-error not a platform
  createSimulator({ platform: 'swan' })
  expectTypeOf(simulatedPlatforms).toEqualTypeOf<Readonly<Record<SimulatedPlatformId, SimulatedPlatform>>>()
})

test('loadMiniProgram runs a WeChat build on a simulator of any platform', () => {
  expectTypeOf<LoadMiniProgramOptions['host']>().toEqualTypeOf<HarnessHost | Simulator>()
  expectTypeOf(createDouyinSimulator()).toMatchTypeOf<LoadMiniProgramOptions['host']>()
  expectTypeOf<HarnessHost['platform']>().toEqualTypeOf<SimulatedPlatformId | undefined>()
  // @ts-expect-error a host needs wx, or to be a simulator
  const host: LoadMiniProgramOptions['host'] = { tt: {} }
  void host
})
