import {
  type ComponentReferrer,
  createWechatSimulator,
  type GatedApiName,
  type GatedApiSpec,
  gatedApis,
  requiredPrivateInfoApis,
  privacyKeys as simulatorPrivacyKeys,
  scopes as simulatorScopes,
} from '@mp-privacy/simulator'
import { describe, expect, test } from 'vitest'
import {
  isDeclaredSetting,
  PRIVACY_KEYS,
  type PrivacyKey,
  privacyKeyOfApi,
  privacyKeys,
  type Scope,
  scopeOfApi,
  scopes,
} from '../catalog'

// Core and the simulator each keep their own copy of WeChat's tables on purpose: the simulator is an independent
// oracle and must not import core. This test is what keeps the two copies from drifting apart.

const simulatedApis = Object.keys(gatedApis) as GatedApiName[]
const coreScopes = Object.keys(scopes) as Scope[]

function simulatedScope(api: GatedApiName): Scope | undefined {
  const spec: GatedApiSpec = gatedApis[api]
  return spec.scope
}

describe('catalog cross-check: core and the simulator agree on WeChat’s tables', () => {
  test('H9: the same 28 privacy keys, in the same order', () => {
    expect([...simulatorPrivacyKeys]).toEqual([...PRIVACY_KEYS])
  })

  test('H25: the same 14 scopes, in the same order', () => {
    expect([...simulatorScopes]).toEqual(coreScopes)
  })

  test('H9: every API the simulator gates is gated by the privacy key core gives it', () => {
    const bySimulator = Object.fromEntries(simulatedApis.map((api) => [api, gatedApis[api].key]))
    const byCore = Object.fromEntries(simulatedApis.map((api) => [api, privacyKeyOfApi(api)]))
    expect(bySimulator).toEqual(byCore)
  })

  test('H25: every API the simulator gates needs the scope core gives it', () => {
    const bySimulator = Object.fromEntries(simulatedApis.map((api) => [api, simulatedScope(api) ?? null]))
    const byCore = Object.fromEntries(simulatedApis.map((api) => [api, scopeOfApi(api) ?? null]))
    expect(bySimulator).toEqual(byCore)
  })

  test('H23: requiredPrivateInfos covers exactly the simulated APIs of Location, ChooseLocation and Address', () => {
    const located: readonly (PrivacyKey | undefined)[] = ['Location', 'ChooseLocation', 'Address']
    const byCore = simulatedApis.filter((api) => located.includes(privacyKeyOfApi(api)))
    expect([...requiredPrivateInfoApis].sort()).toEqual(byCore.sort())
  })

  test('H24: getSetting reads true for exactly the scopes core marks alwaysGranted', () => {
    const denied = Object.fromEntries(coreScopes.map((scope) => [scope, false]))
    const { authSetting } = createWechatSimulator({ authSetting: denied }).state
    const byCore = Object.fromEntries(coreScopes.map((scope) => [scope, scopes[scope].alwaysGranted]))
    expect(authSetting).toEqual(byCore)
  })

  test('H25: authorize shows a popup for exactly the scopes core marks promptable', async () => {
    const bySimulator: Record<string, boolean> = {}
    for (const scope of coreScopes) {
      const sim = createWechatSimulator({ agreed: true, authorizePopup: 'manual' })
      sim.wx.authorize({ scope, fail: () => {} })
      await sim.flush()
      bySimulator[scope] = sim.dialog?.kind === 'authorize'
    }
    const byCore = Object.fromEntries(coreScopes.map((scope) => [scope, scopes[scope].promptable]))
    expect(bySimulator).toEqual(byCore)
  })

  test('H9/H10: each component the simulator gates is gated by the privacy key core gives it', async () => {
    const simulated: string[] = []
    for (const key of PRIVACY_KEYS) {
      for (const component of privacyKeys[key].components) {
        const sim = createWechatSimulator({ declared: [key], agreed: true })
        let result: Awaited<ReturnType<typeof sim.useComponent>>
        try {
          result = await sim.useComponent(component as ComponentReferrer)
        } catch (error) {
          // A component the simulator does not simulate (e.g. live-pusher).
          expect(error, component).toBeInstanceOf(TypeError)
          continue
        }
        // Only `key` is declared: any other key would fail with errno 112 (H7).
        expect(result, component).toEqual({ ok: true, errMsg: expect.stringMatching(/:ok$/) })
        simulated.push(component)
      }
    }
    expect(simulated.length).toBeGreaterThan(0)
  })

  test('H7: core and the simulator agree on which setting_list entries declare their type', () => {
    const texts = ['附近的门店', '', ' ', '\n\t ', ' 导航 ', undefined]
    const bySimulator = texts.map(
      (privacy_text) =>
        createWechatSimulator({
          privacy: {
            setting_list: [
              { privacy_key: 'Location', ...(privacy_text === undefined ? {} : { privacy_text }) },
            ],
          },
        }).state.declared.length === 1,
    )
    const byCore = texts.map((privacy_text) =>
      isDeclaredSetting(privacy_text === undefined ? {} : { privacy_text }),
    )
    expect(bySimulator).toEqual(byCore)
    expect(byCore).toEqual([true, false, false, false, true, true])
  })
})
