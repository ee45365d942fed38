import { permissionDescMissing } from './appConfig'
import { isObject } from './calls'
import {
  alwaysGrantedScopes,
  coupledAuthorizeScopes,
  type GatedApiName,
  type GatedApiSpec,
  gatedApis,
  type Scope,
  scopePrivacyKey,
  scopes,
} from './catalog'
import type { GateRequest, PrivacyGate } from './gate'
import { type Host, needAuthorization } from './host'
import { payloadFor } from './payloads'
import { fromHostKey } from './platforms'
import type { ScopePermissions } from './scopes'
import type {
  ApiOptions,
  GetSettingResult,
  NeedPrivacyAuthorizationListener,
  PrivacySettingResult,
  SimulatedWx,
} from './types'

const TAP_ONLY = 'can only be invoked by user TAP gesture.'

/** The simulated `wx`: the gated APIs of the catalog, the scope APIs and (from 2.32.3, H1) the privacy APIs. */
export function createWx(host: Host, privacy: PrivacyGate, permissions: ScopePermissions): SimulatedWx {
  const { config, state, dialogs, begin } = host
  const { gate } = privacy
  const { withScope, coupledScopeFor, isDescribed, readAuthSetting } = permissions

  function gatedMethod(name: GatedApiName) {
    const spec: GatedApiSpec = gatedApis[name]
    return (rawOptions?: unknown) => {
      const call = begin(name, rawOptions, true)
      const apiOptions: ApiOptions = isObject(rawOptions) ? rawOptions : {}
      if (spec.needsTap && state.tapDepth === 0) {
        call.fail(`${name}:fail ${TAP_ONLY}`)
        return call.promise
      }
      const coupledScope = coupledScopeFor(spec.scope)
      const request: GateRequest = { call, key: spec.key, referrer: name, prefix: name }
      gate(coupledScope ? { ...request, coupledScope } : request, () => {
        // H23 step 3.
        if (
          config.platform.requiredPrivateInfos &&
          spec.requiredPrivateInfo &&
          !state.requiredPrivateInfos.has(name)
        ) {
          return call.fail(
            `${name}:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json`,
          )
        }
        if (spec.scope && !isDescribed(spec.scope)) return call.fail(permissionDescMissing(name))
        withScope(
          name,
          spec.scope,
          () => {
            if (name === 'setClipboardData') state.clipboard = String(apiOptions.data ?? '')
            const result = payloadFor(name, { location: config.location, clipboard: state.clipboard })
            if (spec.deferred) state.recording = call
            else call.succeed(result)
          },
          // H38: Alipay reports 2001 for a refusal in the popup, 2002 for one made before.
          (asked) =>
            call.fail(
              `${name}:fail auth deny`,
              config.platform.id === 'alipay' ? (asked ? 2001 : 2002) : undefined,
            ),
        )
      })
      return call.promise
    }
  }

  const wx: Record<string, unknown> = {}
  for (const name of Object.keys(gatedApis) as GatedApiName[]) wx[name] = gatedMethod(name)

  wx.stopRecord = (rawOptions?: unknown) => {
    const call = begin('stopRecord', rawOptions, true)
    const started = state.recording
    state.recording = null
    started?.succeed(payloadFor('startRecord', { location: config.location, clipboard: state.clipboard }))
    call.succeed({ errMsg: 'stopRecord:ok' })
    return call.promise
  }

  function settingResult(api: string, rawOptions: unknown): GetSettingResult {
    const result = { authSetting: readAuthSetting(), errMsg: `${api}:ok` }
    return isObject(rawOptions) && rawOptions.withSubscriptions === true
      ? { ...result, subscriptionsSetting: { mainSwitch: true, itemSettings: {} } }
      : result
  }

  wx.getSetting = (rawOptions?: unknown) => {
    const call = begin('getSetting', rawOptions, true)
    call.succeed(settingResult('getSetting', rawOptions))
    return call.promise
  }

  wx.openSetting = (rawOptions?: unknown) => {
    const call = begin('openSetting', rawOptions, true)
    // H26: only synchronously inside a user tap.
    if (state.tapDepth === 0) {
      call.fail(`openSetting:fail ${TAP_ONLY}`)
      return call.promise
    }
    const { settings } = config
    dialogs.enqueue({
      open: () => ({ kind: 'settings', authSetting: readAuthSetting() }),
      auto: () => (settings === 'manual' ? 'manual' : settings(readAuthSetting())),
      answer(choice) {
        if (isObject(choice)) {
          // The Settings page lists only scopes already asked for; always-granted ones cannot be switched off.
          for (const [key, value] of Object.entries(choice)) {
            const scope = fromHostKey(config.platform, key)
            if (
              scope !== undefined &&
              scope in state.authSetting &&
              typeof value === 'boolean' &&
              !alwaysGrantedScopes.has(scope)
            ) {
              state.authSetting[scope] = value
            }
          }
        }
        call.succeed(settingResult('openSetting', rawOptions))
      },
    })
    return call.promise
  }

  wx.authorize = (rawOptions?: unknown) => {
    const call = begin('authorize', rawOptions, true)
    const key = isObject(rawOptions) ? rawOptions.scope : undefined
    // H33: the host's own scope names (Douyin: `scope.album`).
    const scope = typeof key === 'string' ? fromHostKey(config.platform, key) : undefined
    if (typeof scope !== 'string' || !(scopes as readonly string[]).includes(scope)) {
      call.fail('authorize:fail invalid scope')
      return call.promise
    }
    const knownScope = scope as Scope
    // H25: userInfo never prompts.
    if (knownScope === 'scope.userInfo') {
      call.fail('authorize:fail scope unauthorized')
      return call.promise
    }
    const continueWithScope = () =>
      isDescribed(knownScope)
        ? withScope(
            'authorize',
            knownScope,
            () => call.succeed({ errMsg: 'authorize:ok' }),
            () => call.fail(config.authDenyMessage),
          )
        : call.fail(permissionDescMissing('authorize'))
    const privacyKey = scopePrivacyKey[knownScope]
    if (!privacyKey) {
      continueWithScope()
      return call.promise
    }
    const coupledScope = coupledScopeFor(knownScope)
    const request: GateRequest = { call, key: privacyKey, referrer: 'authorize', prefix: 'authorize' }
    gate(
      coupledScope
        ? // H22: authorize(scope.userLocation) skips the listener for the coupled popup.
          { ...request, coupledScope, bypassListener: coupledAuthorizeScopes.has(coupledScope) }
        : request,
      continueWithScope,
    )
    return call.promise
  }

  // H38: Alipay has no authorize.
  if (!config.platform.hasAuthorize) delete wx.authorize
  if (config.hasPrivacyApis) Object.assign(wx, privacyApis(host, privacy))
  return wx as unknown as SimulatedWx
}

/** H1: the four privacy APIs, callback-only. */
function privacyApis(host: Host, { gate }: PrivacyGate): Record<string, (arg?: unknown) => void> {
  const { config, state, begin } = host
  const apis: Record<string, (arg?: unknown) => void> = {
    getPrivacySetting(rawOptions?: unknown) {
      const call = begin('getPrivacySetting', rawOptions, false)
      const need = config.gateOn && needAuthorization(state)
      const result: PrivacySettingResult = {
        needAuthorization: need,
        privacyContractName: config.contractName,
        errMsg: 'getPrivacySetting:ok',
      }
      // H36: Alipay leaves the name out once nothing needs agreeing.
      const { privacyContractName: _, ...withoutName } = result
      call.succeed(config.platform.id === 'alipay' && !need ? withoutName : result)
    },
    onNeedPrivacyAuthorization(next?: unknown) {
      const call = begin('onNeedPrivacyAuthorization', undefined, false)
      state.listenerRegistrations++
      // H3: the last registration wins.
      if (typeof next === 'function') state.listener = next as NeedPrivacyAuthorizationListener
      call.succeed({ errMsg: 'onNeedPrivacyAuthorization:ok' })
    },
    requirePrivacyAuthorize(rawOptions?: unknown) {
      const call = begin('requirePrivacyAuthorize', rawOptions, false)
      gate(
        {
          call,
          referrer: config.requireReferrer,
          prefix: 'requirePrivacyAuthorize',
          refusedMessage: config.requireFailMessage,
        },
        () => call.succeed({ errMsg: 'requirePrivacyAuthorize:ok' }),
      )
    },
    openPrivacyContract(rawOptions?: unknown) {
      const call = begin('openPrivacyContract', rawOptions, false)
      if (config.options.openPrivacyContract === 'fail') call.fail('openPrivacyContract:fail')
      else call.succeed({ errMsg: 'openPrivacyContract:ok' })
    },
  }
  // H36 [open]: Alipay documents no requirePrivacyAuthorize.
  if (!config.platform.hasRequirePrivacyAuthorize) delete apis.requirePrivacyAuthorize
  return apis
}
