import { type AppPermission, declaredKeys, describedScopes, permissionDescMissing } from './app-config'
import {
  alwaysGrantedScopes,
  componentPrivacyKey,
  coupledAuthorizeScopes,
  type GatedApiName,
  type GatedApiSpec,
  gatedApis,
  privacyKeys,
  requiredPrivateInfoApis,
  scopePrivacyKey,
  scopes,
} from './catalog'
import { createDialogQueue } from './dialogs'
import { payloadFor } from './payloads'
import { createScheduler } from './scheduler'
import type {
  AgreePrivacyAuthorizationEvent,
  ApiOptions,
  AuthSetting,
  ComponentReferrer,
  ComponentResult,
  NeedPrivacyAuthorizationListener,
  PrivacyKey,
  PrivacyResolveOptions,
  Scope,
  SimulatedLocation,
  SimulatedWx,
  SimulatorCall,
  SimulatorOptions,
  SimulatorState,
  WechatSimulator,
  WxCallbacks,
  WxError,
} from './types'
import { agreeEventNeedsId, atLeast, versions } from './version'

type WxPayload = Record<string, unknown> & { errMsg: string }

type MutableCall = { -readonly [K in keyof SimulatorCall]: SimulatorCall[K] }

interface Call {
  readonly api: string
  readonly entry: MutableCall
  readonly promise: Promise<object> | undefined
  settled: boolean
  succeed(result: WxPayload): void
  fail(errMsg: string, errno?: number): void
}

interface GateRequest {
  readonly call: Call
  /** Absent for `requirePrivacyAuthorize`, which asks about consent as a whole. */
  readonly key?: PrivacyKey
  readonly referrer: string
  /** errMsg prefix: the API name. */
  readonly prefix: string
  readonly coupledScope?: Scope
  readonly bypassListener?: boolean
  readonly refusedMessage?: string
}

interface PendingPrivacy {
  readonly request: GateRequest
  readonly next: () => void
  readonly since: number
  settled: boolean
  resolveCalled: boolean
}

const DEFAULT_LOCATION: SimulatedLocation = {
  latitude: 39.908823,
  longitude: 116.39747,
  speed: -1,
  accuracy: 65,
  altitude: 0,
  verticalAccuracy: 65,
  horizontalAccuracy: 65,
}

/** H21: after a refusal of the official popup, gated calls fail at once for this long. */
const REFUSAL_WINDOW_MS = 10_000
const TAP_ONLY = 'can only be invoked by user TAP gesture.'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The scopes `permission` describes; `undefined` stands for "every scope" (no app.json to go by). */
function describedIn(permission: AppPermission | undefined): ReadonlySet<string> | undefined {
  if (!permission) return undefined
  const scopes = Object.entries(permission).filter(
    ([, entry]) => typeof entry?.desc === 'string' && entry.desc,
  )
  return new Set(scopes.map(([scope]) => scope))
}

const PICK_ONE =
  'pass either `declared` or `privacy` (the privacy guide the declared keys come from), not both.'

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
  const baseLibrary = options.baseLibrary ?? '3.5.0'
  const hasPrivacyApis = atLeast(baseLibrary, versions.privacyApis)
  const hasCoupledPopup = atLeast(baseLibrary, versions.coupledPopup)
  const banned = options.privacyApiBanned ?? false
  const contractName = options.contractName ?? '《示例小程序隐私保护指引》'
  const officialPopup = options.officialPopup ?? 'agree'
  const authorizePopup = options.authorizePopup ?? 'allow'
  const settings = options.settings ?? ((authSetting: AuthSetting) => authSetting)
  let requiredPrivateInfos = new Set<string>(options.requiredPrivateInfos ?? requiredPrivateInfoApis)
  let described = describedIn(options.permission)
  const onDuplicateResolve = options.onDuplicateResolve ?? 'ignore'
  const unresolvedFallback = options.unresolvedFallback ?? 'pending'
  const unresolvedFallbackMs = options.unresolvedFallbackMs ?? 5000
  const requireReferrer = options.requirePrivacyAuthorizeReferrer ?? 'requirePrivacyAuthorize'
  const requireFailMessage =
    options.requirePrivacyAuthorizeFailMessage ??
    'requirePrivacyAuthorize:fail privacy permission is not authorized'
  const authDenyMessage = options.authDenyMessage ?? 'authorize:fail auth deny'
  const location: SimulatedLocation = { ...DEFAULT_LOCATION, ...options.location }

  if (options.declared !== undefined && options.privacy !== undefined) {
    throw new TypeError(`createWechatSimulator: ${PICK_ONE}`)
  }
  const declared = new Set<PrivacyKey>(
    options.privacy !== undefined
      ? declaredKeys(options.privacy)
      : (options.declared ?? (banned ? [] : privacyKeys)),
  )
  const agreedKeys = new Set<PrivacyKey>(
    options.agreed === true ? declared : Array.isArray(options.agreed) ? options.agreed : [],
  )
  const authSetting: AuthSetting = { ...options.authSetting }
  // `undefined` stands for an agree button without an id (H17).
  const tappedButtons = new Set<string | undefined>()
  const pendingPrivacy = new Set<PendingPrivacy>()
  const calls: MutableCall[] = []
  const subscribers = new Set<() => void>()
  const scheduler = createScheduler()
  const dialogs = createDialogQueue(emit)

  let clipboard = options.clipboardData ?? ''
  let listener: NeedPrivacyAuthorizationListener | undefined
  let listenerRegistrations = 0
  let ignoredResolves = 0
  let clock = 0
  let tapDepth = 0
  let lastRefusalAt: number | undefined
  let recording: Call | null = null

  function emit(): void {
    for (const subscriber of [...subscribers]) subscriber()
  }

  function needAuthorization(): boolean {
    for (const key of declared) if (!agreedKeys.has(key)) return true
    return false
  }

  function agreeAll(): void {
    for (const key of declared) agreedKeys.add(key)
  }

  function readAuthSetting(): AuthSetting {
    const copy: AuthSetting = { ...authSetting }
    for (const scope of Object.keys(copy)) if (alwaysGrantedScopes.has(scope)) copy[scope] = true
    return copy
  }

  function begin(api: string, rawOptions: unknown, promiseForm: boolean): Call {
    const entry: MutableCall = { api, outcome: 'pending' }
    calls.push(entry)
    const callbacks = (isObject(rawOptions) ? rawOptions : {}) as WxCallbacks<object>
    const hasCallback =
      typeof callbacks.success === 'function' ||
      typeof callbacks.fail === 'function' ||
      typeof callbacks.complete === 'function'
    let resolvePromise: ((value: object) => void) | undefined
    let rejectPromise: ((reason: WxError) => void) | undefined
    const promise =
      promiseForm && !hasCallback
        ? new Promise<object>((resolve, reject) => {
            resolvePromise = resolve
            rejectPromise = reject
          })
        : undefined
    const call: Call = {
      api,
      entry,
      promise,
      settled: false,
      succeed(result) {
        if (call.settled) return
        call.settled = true
        entry.outcome = 'success'
        entry.errMsg = result.errMsg
        scheduler.deliver(() => {
          callbacks.success?.(result)
          callbacks.complete?.(result)
          resolvePromise?.(result)
        })
        emit()
      },
      fail(errMsg, errno) {
        if (call.settled) return
        call.settled = true
        const error: WxError = errno === undefined ? { errMsg } : { errMsg, errno }
        entry.outcome = 'fail'
        entry.errMsg = errMsg
        if (errno !== undefined) entry.errno = errno
        scheduler.deliver(() => {
          callbacks.fail?.(error)
          callbacks.complete?.(error)
          rejectPromise?.(error)
        })
        emit()
      },
    }
    emit()
    return call
  }

  function authorizeAnswer(scope: Scope): 'allow' | 'deny' | 'manual' {
    return typeof authorizePopup === 'function' ? authorizePopup(scope) : authorizePopup
  }

  // ---- privacy gate (H6–H22) ------------------------------------------------------------------------------

  function isAgreed(request: GateRequest): boolean {
    return request.key === undefined ? !needAuthorization() : agreedKeys.has(request.key)
  }

  function refusedMessage(request: GateRequest): string {
    return request.refusedMessage ?? `${request.prefix}:fail privacy permission is not authorized`
  }

  function gate(request: GateRequest, next: () => void): void {
    const { call, key, prefix } = request
    // H2: no gate at all before 2.32.3.
    if (!hasPrivacyApis) {
      next()
    } else if (key !== undefined && !declared.has(key)) {
      // H7, H23 step 1.
      if (banned) call.fail(`${prefix}:fail appid privacy api banned`)
      else call.fail(`${prefix}:fail api scope is not declared in the privacy agreement`, 112)
    } else if (isAgreed(request)) {
      next()
    } else if (listener && !request.bypassListener) {
      fireListener(request, next)
    } else {
      showOfficialPopup(request, next)
    }
  }

  function fireListener(request: GateRequest, next: () => void): void {
    const pending: PendingPrivacy = { request, next, since: clock, settled: false, resolveCalled: false }
    pendingPrivacy.add(pending)
    request.call.entry.referrer = request.referrer
    const resolve = (resolveOptions: PrivacyResolveOptions): void => {
      const event = isObject(resolveOptions) ? resolveOptions.event : undefined
      // H12: exposure settles nothing.
      if (event === 'exposureAuthorization') {
        pending.resolveCalled = true
        return
      }
      if (event !== 'agree' && event !== 'disagree') return
      if (pending.settled) {
        // H15 [open]: first settlement wins.
        ignoredResolves++
        const message = `resolve({ event: '${event}' }) was called again for '${request.referrer}'; the first call already settled it (H15).`
        emit()
        if (onDuplicateResolve === 'throw') throw new Error(message)
        console.warn(`[mp-privacy/simulator] ${message}`)
        return
      }
      pending.resolveCalled = true
      pending.settled = true
      pendingPrivacy.delete(pending)
      if (event === 'disagree') {
        request.call.fail(refusedMessage(request), 104)
      } else if (tappedButtons.has(resolveOptions.buttonId) && isAgreed(request)) {
        // H13: agree continues only after that button's agree event fired.
        next()
      } else {
        request.call.fail(
          `${request.prefix}:fail privacy permission is not authorized or buttonId is wrong`,
          104,
        )
      }
    }
    scheduler.deliver(() => {
      // H3: whoever is registered when the event is delivered gets it.
      if (listener) listener(resolve, { referrer: request.referrer })
    })
    emit()
  }

  function showOfficialPopup(request: GateRequest, next: () => void): void {
    const { call, coupledScope } = request
    const errno = coupledScope ? 103 : 104
    call.entry.referrer = request.referrer
    dialogs.enqueue({
      open() {
        if (call.settled) return null
        if (isAgreed(request)) {
          next()
          return null
        }
        // H21: refusals within 10 s fail at once, without a popup.
        if (lastRefusalAt !== undefined && clock - lastRefusalAt < REFUSAL_WINDOW_MS) {
          call.fail(refusedMessage(request), errno)
          return null
        }
        return coupledScope
          ? { kind: 'coupled', api: call.api, scope: coupledScope, contractName }
          : { kind: 'privacy', api: call.api, referrer: request.referrer, contractName }
      },
      auto() {
        if (officialPopup === 'manual') return 'manual'
        if (!coupledScope) return officialPopup
        return officialPopup === 'disagree' ? 'deny' : authorizeAnswer(coupledScope)
      },
      answer(choice) {
        if (choice === 'agree' || choice === 'allow') {
          agreeAll()
          if (coupledScope) authSetting[coupledScope] = true
          next()
        } else {
          lastRefusalAt = clock
          call.fail(refusedMessage(request), errno)
        }
      },
    })
  }

  // ---- scopes (H24–H26) -----------------------------------------------------------------------------------

  /** Location scopes show their popup only with an app.json `permission` description. */
  function isDescribed(scope: Scope): boolean {
    return !describedScopes.has(scope) || described === undefined || described.has(scope)
  }

  function withScope(api: string, scope: Scope | undefined, granted: () => void, denied: () => void): void {
    if (!scope || alwaysGrantedScopes.has(scope)) {
      if (scope) authSetting[scope] = true
      granted()
      return
    }
    const decided = (): boolean => {
      const value = authSetting[scope]
      if (value === true) granted()
      else if (value === false) denied()
      return value !== undefined
    }
    if (decided()) return
    dialogs.enqueue({
      open: () => (decided() ? null : { kind: 'authorize', api, scope }),
      auto: () => authorizeAnswer(scope),
      answer(choice) {
        authSetting[scope] = choice === 'allow'
        if (choice === 'allow') granted()
        else denied()
      },
    })
  }

  /** H22: the coupled popup applies to APIs with a scope popup still to show. */
  function coupledScopeFor(scope: Scope | undefined): Scope | undefined {
    // [open] A scope without its permission description gets no scope popup, coupled or not.
    if (!hasCoupledPopup || !scope || alwaysGrantedScopes.has(scope) || !isDescribed(scope)) return undefined
    return authSetting[scope] === undefined ? scope : undefined
  }

  // ---- wx -------------------------------------------------------------------------------------------------

  function gatedMethod(name: GatedApiName) {
    const spec: GatedApiSpec = gatedApis[name]
    return (rawOptions?: unknown) => {
      const call = begin(name, rawOptions, true)
      const apiOptions: ApiOptions = isObject(rawOptions) ? rawOptions : {}
      if (spec.needsTap && tapDepth === 0) {
        call.fail(`${name}:fail ${TAP_ONLY}`)
        return call.promise
      }
      const coupledScope = coupledScopeFor(spec.scope)
      const request: GateRequest = { call, key: spec.key, referrer: name, prefix: name }
      gate(coupledScope ? { ...request, coupledScope } : request, () => {
        // H23 step 3.
        if (spec.requiredPrivateInfo && !requiredPrivateInfos.has(name)) {
          return call.fail(
            `${name}:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json`,
          )
        }
        if (spec.scope && !isDescribed(spec.scope)) return call.fail(permissionDescMissing(name))
        withScope(
          name,
          spec.scope,
          () => {
            if (name === 'setClipboardData') clipboard = String(apiOptions.data ?? '')
            const result = payloadFor(name, { location, clipboard })
            if (spec.deferred) recording = call
            else call.succeed(result)
          },
          () => call.fail(`${name}:fail auth deny`),
        )
      })
      return call.promise
    }
  }

  const wx: Record<string, unknown> = {}
  for (const name of Object.keys(gatedApis) as GatedApiName[]) wx[name] = gatedMethod(name)

  wx.stopRecord = (rawOptions?: unknown) => {
    const call = begin('stopRecord', rawOptions, true)
    const started = recording
    recording = null
    started?.succeed(payloadFor('startRecord', { location, clipboard }))
    call.succeed({ errMsg: 'stopRecord:ok' })
    return call.promise
  }

  wx.getSetting = (rawOptions?: unknown) => {
    const call = begin('getSetting', rawOptions, true)
    call.succeed(settingResult('getSetting', rawOptions))
    return call.promise
  }

  function settingResult(api: string, rawOptions: unknown): WxPayload {
    const result = { authSetting: readAuthSetting(), errMsg: `${api}:ok` }
    return isObject(rawOptions) && rawOptions.withSubscriptions === true
      ? { ...result, subscriptionsSetting: { mainSwitch: true, itemSettings: {} } }
      : result
  }

  wx.openSetting = (rawOptions?: unknown) => {
    const call = begin('openSetting', rawOptions, true)
    // H26: only synchronously inside a user tap.
    if (tapDepth === 0) {
      call.fail(`openSetting:fail ${TAP_ONLY}`)
      return call.promise
    }
    dialogs.enqueue({
      open: () => ({ kind: 'settings', authSetting: readAuthSetting() }),
      auto: () => (settings === 'manual' ? 'manual' : settings(readAuthSetting())),
      answer(choice) {
        if (isObject(choice)) {
          // The Settings page lists only scopes already asked for; always-granted ones cannot be switched off.
          for (const [scope, value] of Object.entries(choice)) {
            if (scope in authSetting && typeof value === 'boolean' && !alwaysGrantedScopes.has(scope)) {
              authSetting[scope] = value
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
    const scope = isObject(rawOptions) ? rawOptions.scope : undefined
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
            () => call.fail(authDenyMessage),
          )
        : call.fail(permissionDescMissing('authorize'))
    const key = scopePrivacyKey[knownScope]
    if (!key) {
      continueWithScope()
      return call.promise
    }
    const coupledScope = coupledScopeFor(knownScope)
    const request: GateRequest = { call, key, referrer: 'authorize', prefix: 'authorize' }
    gate(
      coupledScope
        ? // H22: authorize(scope.userLocation) skips the listener for the coupled popup.
          { ...request, coupledScope, bypassListener: coupledAuthorizeScopes.has(coupledScope) }
        : request,
      continueWithScope,
    )
    return call.promise
  }

  if (hasPrivacyApis) {
    wx.getPrivacySetting = (rawOptions?: unknown) => {
      const call = begin('getPrivacySetting', rawOptions, false)
      call.succeed({
        needAuthorization: needAuthorization(),
        privacyContractName: contractName,
        errMsg: 'getPrivacySetting:ok',
      })
    }
    wx.onNeedPrivacyAuthorization = (next: unknown) => {
      const call = begin('onNeedPrivacyAuthorization', undefined, false)
      listenerRegistrations++
      // H3: the last registration wins.
      if (typeof next === 'function') listener = next as NeedPrivacyAuthorizationListener
      call.succeed({ errMsg: 'onNeedPrivacyAuthorization:ok' })
    }
    wx.requirePrivacyAuthorize = (rawOptions?: unknown) => {
      const call = begin('requirePrivacyAuthorize', rawOptions, false)
      gate(
        {
          call,
          referrer: requireReferrer,
          prefix: 'requirePrivacyAuthorize',
          refusedMessage: requireFailMessage,
        },
        () => call.succeed({ errMsg: 'requirePrivacyAuthorize:ok' }),
      )
    }
    wx.openPrivacyContract = (rawOptions?: unknown) => {
      const call = begin('openPrivacyContract', rawOptions, false)
      if (options.openPrivacyContract === 'fail') call.fail('openPrivacyContract:fail')
      else call.succeed({ errMsg: 'openPrivacyContract:ok' })
    }
  }

  // ---- the user's side ------------------------------------------------------------------------------------

  function tapAgree(
    buttonId?: string,
    tapOptions?: { openType?: string },
  ): AgreePrivacyAuthorizationEvent | null {
    const openType = tapOptions?.openType ?? 'agreePrivacyAuthorization'
    if (!openType.split('|').includes('agreePrivacyAuthorization')) {
      throw new TypeError(
        `tapAgree: open-type '${openType}' does not include 'agreePrivacyAuthorization'; only agree buttons record consent (H17).`,
      )
    }
    // H2: the open-type does not exist before 2.32.3.
    if (!hasPrivacyApis) return null
    // H17: the tap records consent by itself.
    agreeAll()
    if (buttonId === undefined && agreeEventNeedsId(baseLibrary)) {
      emit()
      return null
    }
    tappedButtons.add(buttonId)
    emit()
    const target = { id: buttonId ?? '', dataset: {} }
    return {
      type: 'agreeprivacyauthorization',
      timeStamp: clock,
      target,
      currentTarget: { ...target, dataset: {} },
      detail: {},
    }
  }

  function userTap<T>(fn: () => T): T {
    tapDepth++
    try {
      return fn()
    } finally {
      tapDepth--
    }
  }

  function advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}.`)
    clock += ms
    if (unresolvedFallback === 'officialPopup') {
      // H16 [open]: a listener that never called resolve hands over to the official popup.
      for (const pending of [...pendingPrivacy]) {
        if (pending.resolveCalled || clock - pending.since < unresolvedFallbackMs) continue
        pending.settled = true
        pendingPrivacy.delete(pending)
        showOfficialPopup(pending.request, pending.next)
      }
    }
    emit()
  }

  function useComponent(referrer: ComponentReferrer): Promise<ComponentResult> {
    const key = componentPrivacyKey[referrer]
    if (!key) throw new TypeError(`useComponent: unknown component '${referrer}'.`)
    const name = referrer.startsWith('button.')
      ? referrer.slice('button.'.length)
      : referrer.replace('input.', '')
    return new Promise((resolve) => {
      const call = begin(
        referrer,
        {
          success: (res: { errMsg: string }) => resolve({ ok: true, errMsg: res.errMsg }),
          fail: (err: WxError) => resolve({ ok: false, ...err }),
        },
        false,
      )
      // H18: before consent the nickname input is a plain text input; no event, no popup.
      if (referrer === 'input.nickname' && hasPrivacyApis && !agreedKeys.has(key)) {
        return call.fail(`${name}:fail privacy permission is not authorized`)
      }
      gate({ call, key, referrer, prefix: name }, () =>
        withScope(
          referrer,
          referrer === 'camera' ? 'scope.camera' : undefined,
          () => call.succeed({ errMsg: `${name}:ok` }),
          () => call.fail(`${name}:fail auth deny`),
        ),
      )
    })
  }

  return {
    wx: wx as unknown as SimulatedWx,
    baseLibrary,
    tapAgree,
    userTap,
    advance,
    calls,
    get state(): SimulatorState {
      return {
        agreed: !needAuthorization(),
        agreedKeys: [...agreedKeys],
        declared: [...declared],
        authSetting: readAuthSetting(),
        listenerRegistered: listener !== undefined,
        listenerRegistrations,
        pendingPrivacy: pendingPrivacy.size,
        ignoredResolves,
        tappedAgreeButtons: [...tappedButtons].filter((id): id is string => id !== undefined),
        clock,
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
    flush: scheduler.flush,
    declare(keys) {
      for (const key of keys) declared.add(key)
      emit()
    },
    configureApp(config) {
      if (config.privacy !== undefined) {
        if (options.declared !== undefined || options.privacy !== undefined) {
          throw new TypeError(`The simulator already has its declared keys: ${PICK_ONE}`)
        }
        const keys = declaredKeys(config.privacy)
        declared.clear()
        for (const key of keys) declared.add(key)
        if (options.agreed === true) agreeAll()
      }
      // The test's own options win over the app's configuration.
      if (config.requiredPrivateInfos !== undefined && options.requiredPrivateInfos === undefined) {
        requiredPrivateInfos = new Set(config.requiredPrivateInfos)
      }
      if (config.permission !== undefined && options.permission === undefined) {
        described = describedIn(config.permission)
      }
      emit()
    },
    clearAuthorization() {
      agreedKeys.clear()
      for (const scope of Object.keys(authSetting)) delete authSetting[scope]
      tappedButtons.clear()
      lastRefusalAt = undefined
      emit()
    },
    useComponent,
  }
}
