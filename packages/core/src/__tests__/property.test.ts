import { createWechatSimulator } from '@mp-privacy/simulator'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createPrivacyClient, type PrivacyHost, type PromptOwner } from '../index'

type Action =
  | { type: 'call'; api: 'getLocation' | 'getClipboardData' | 'requireConsent' }
  | { type: 'agree' }
  | { type: 'disagree' }
  | { type: 'register' }
  | { type: 'show' | 'hide' | 'dispose'; owner: number }
  | { type: 'refreshScopes'; fail: boolean }
  | { type: 'settings' }
  | { type: 'flush' }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('call' as const),
    api: fc.constantFrom('getLocation', 'getClipboardData', 'requireConsent'),
  }),
  fc.constant({ type: 'agree' as const }),
  fc.constant({ type: 'disagree' as const }),
  fc.constant({ type: 'register' as const }),
  fc.record({
    type: fc.constantFrom('show' as const, 'hide' as const, 'dispose' as const),
    owner: fc.nat(4),
  }),
  fc.record({ type: fc.constant('refreshScopes' as const), fail: fc.boolean() }),
  fc.constant({ type: 'settings' as const }),
  fc.constant({ type: 'flush' as const }),
)

test('random interleavings settle every gated call exactly once and keep the store true to the host', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { maxLength: 40 }), fc.boolean(), async (actions, startAgreed) => {
      const sim = createWechatSimulator({
        agreed: startAgreed,
        authorizePopup: 'allow',
        settings: (authSetting) => ({
          ...authSetting,
          'scope.userLocation': !authSetting['scope.userLocation'],
        }),
      })
      let failGetSetting = false
      // Fault injection on the host: getSetting fails while the flag is set.
      const host: PrivacyHost = {
        ...sim.wx,
        getSetting: (options) =>
          failGetSetting
            ? options.fail?.({ errMsg: 'getSetting:fail system error' })
            : sim.wx.getSetting(options),
      }
      const client = createPrivacyClient({ host, agreeButtonId: 'agree-btn' })
      const owners: PromptOwner[] = []
      const settlements: number[] = []
      const track = (index: number) => () => {
        settlements[index] = (settlements[index] ?? 0) + 1
      }
      const checkInvariants = () => {
        const state = client.store.getState()
        // Never forge consent: the store may only say agreed when WeChat recorded it.
        if (state.consent.status === 'agreed') expect(sim.state.agreed).toBe(true)
        expect(state.pending).toHaveLength(sim.state.pendingPrivacy)
      }

      for (const step of actions) {
        switch (step.type) {
          case 'call': {
            const index = settlements.push(0) - 1
            if (step.api === 'requireConsent') client.requireConsent().then(track(index), track(index))
            else sim.wx[step.api]({ success: track(index), fail: track(index) })
            break
          }
          case 'agree':
            sim.tapAgree('agree-btn')
            client.agree('agree-btn')
            break
          case 'disagree':
            client.disagree()
            break
          case 'register':
            owners.push(client.registerOwner())
            break
          case 'show':
          case 'hide':
          case 'dispose':
            owners[step.owner]?.[step.type]()
            break
          case 'refreshScopes':
            failGetSetting = step.fail
            await client.refreshScopes()
            failGetSetting = false
            break
          case 'settings':
            sim.userTap(() => {
              client.openSettings().catch(() => {})
            })
            break
          case 'flush':
            await sim.flush()
            checkInvariants()
            break
        }
      }
      await sim.flush()
      checkInvariants()
      client.disagree()
      await sim.flush()
      await client.refresh()
      await client.refreshScopes()
      await sim.flush()

      expect(settlements.every((count) => count === 1)).toBe(true)
      expect(sim.state.pendingPrivacy).toBe(0)
      expect(sim.state.ignoredResolves).toBe(0)
      expect(sim.state.listenerRegistrations).toBe(1)
      const { consent, scopes } = client.store.getState()
      expect(consent.status).toBe(sim.state.agreed ? 'agreed' : 'required')
      const expected = Object.fromEntries(
        Object.entries(sim.state.authSetting).map(([scope, on]) => [scope, on ? 'granted' : 'denied']),
      )
      expect(scopes.values).toEqual(expected)
      client.destroy()
    }),
    { numRuns: 150 },
  )
})
