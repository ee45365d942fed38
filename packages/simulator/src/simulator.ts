import { declaredKeys } from './appConfig'
import { describedIn, PICK_ONE, resolveConfig } from './config'
import { createGate } from './gate'
import { agreeAll, createHost, needAuthorization } from './host'
import type { SimulatedPlatformId } from './platforms'
import { createScopePermissions } from './scopes'
import type {
  AlipaySimulator,
  DouyinSimulator,
  Simulator,
  SimulatorOptions,
  SimulatorState,
  WechatSimulator,
} from './types'
import { createUserActions } from './userActions'
import { createWx } from './wxSurface'

/**
 * Creates a simulated WeChat host: a `wx` with the privacy, scope and gated APIs, plus controls for the user's
 * side (taps, popups, Settings page, clock) and the host's truth for assertions. Behaviour follows
 * `host-behaviour.md` H1–H26; every [open] rule is an option.
 *
 * @example
 * const sim = createWechatSimulator({ officialPopup: 'disagree' })
 * sim.wx.getLocation({ fail: (err) => console.log(err.errno) }) // 103 (coupled popup, H21/H22)
 * await sim.flush()
 * expect(sim.calls).toEqual([{ api: 'getLocation', outcome: 'fail', errno: 103, errMsg: expect.any(String), referrer: 'getLocation' }])
 */
export function createWechatSimulator(options: SimulatorOptions = {}): WechatSimulator {
  const sim = createSimulator({ ...options, platform: 'weapp' })
  return Object.assign(sim, { platform: 'weapp' as const, wx: sim.host })
}

/**
 * Creates a simulated Douyin host (H30–H34): the same engine as `createWechatSimulator`, with Douyin's
 * differences; its host is `sim.tt`.
 *
 * @example
 * const sim = createDouyinSimulator()
 * const client = createPrivacyClient({ host: sim.tt, platform: 'tt' })
 */
export function createDouyinSimulator(options: SimulatorOptions = {}): DouyinSimulator {
  const sim = createSimulator({ ...options, platform: 'tt' })
  return Object.assign(sim, { platform: 'tt' as const, tt: sim.host })
}

/**
 * Creates a simulated Alipay host (H35–H38): the same engine as `createWechatSimulator`, with Alipay's
 * differences; its host is `sim.my`.
 *
 * @example
 * const sim = createAlipaySimulator({ authSetting: { location: false } })
 * const client = createPrivacyClient({ host: sim.my, platform: 'alipay' })
 */
export function createAlipaySimulator(options: SimulatorOptions = {}): AlipaySimulator {
  const sim = createSimulator({ ...options, platform: 'alipay' })
  return Object.assign(sim, { platform: 'alipay' as const, my: sim.host })
}

/**
 * Creates a simulated host for `platform` (`'weapp'` by default, `'tt'`, `'alipay'`): one engine, the
 * platforms' differences as data (H30–H39). Its host object is `sim.host`; parametrise tests over all three.
 *
 * @example
 * for (const platform of ['weapp', 'tt', 'alipay'] as const) {
 *   const sim = createSimulator({ platform })
 *   const client = createPrivacyClient({ host: sim.host, platform })
 * }
 */
export function createSimulator(
  options: SimulatorOptions & { platform?: SimulatedPlatformId } = {},
): Simulator {
  // The parts: config.ts fills in the options' defaults, host.ts holds the shared state, calls.ts records calls and
  // delivers their callbacks, gate.ts is the privacy gate (H6–H22), scopes.ts the scope permissions (H24–H26),
  // wxSurface.ts the simulated `wx`, userActions.ts the user's taps and the clock, dialogs.ts the system dialogs.
  const host = createHost(resolveConfig(options, options.platform))
  const { state, dialogs, emit, subscribers } = host
  const permissions = createScopePermissions(host)
  const privacy = createGate(host, permissions)
  const wx = createWx(host, privacy, permissions)

  return {
    platform: host.config.platform.id,
    host: wx,
    baseLibrary: host.config.baseLibrary,
    ...createUserActions(host, privacy, permissions),
    calls: host.calls,
    get state(): SimulatorState {
      return {
        agreed: !needAuthorization(state),
        agreedKeys: [...state.agreedKeys],
        declared: [...state.declared],
        authSetting: permissions.readAuthSetting(),
        listenerRegistered: state.listener !== undefined,
        listenerRegistrations: state.listenerRegistrations,
        pendingPrivacy: privacy.pendingCount,
        ignoredResolves: state.ignoredResolves,
        tappedAgreeButtons: [...state.tappedButtons].filter((id): id is string => id !== undefined),
        clock: state.clock,
        dialog: dialogs.current,
      }
    },
    get dialog() {
      return dialogs.current
    },
    answer: dialogs.answer,
    subscribe(subscriber) {
      subscribers.add(subscriber)
      return () => {
        subscribers.delete(subscriber)
      }
    },
    flush: host.scheduler.flush,
    declare(keys) {
      for (const key of keys) state.declared.add(key)
      emit()
    },
    configureApp(config) {
      if (config.privacy !== undefined) {
        if (options.declared !== undefined || options.privacy !== undefined) {
          throw new TypeError(`The simulator already has its declared keys: ${PICK_ONE}`)
        }
        const keys = declaredKeys(config.privacy)
        state.declared.clear()
        for (const key of keys) state.declared.add(key)
        if (options.agreed === true) agreeAll(state)
      }
      // The test's own options win over the app's configuration.
      if (config.requiredPrivateInfos !== undefined && options.requiredPrivateInfos === undefined) {
        state.requiredPrivateInfos = new Set(config.requiredPrivateInfos)
      }
      if (config.permission !== undefined && options.permission === undefined) {
        state.described = describedIn(config.permission)
      }
      emit()
    },
    clearAuthorization() {
      state.agreedKeys.clear()
      for (const scope of Object.keys(state.authSetting)) delete state.authSetting[scope]
      state.tappedButtons.clear()
      state.lastRefusalAt = undefined
      emit()
    },
  }
}
