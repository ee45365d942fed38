import { type Call, isObject } from './calls'
import type { PrivacyKey, Scope } from './catalog'
import { agreeAll, type Host, needAuthorization } from './host'
import type { ScopePermissions } from './scopes'
import type { PrivacyResolveOptions } from './types'

/** One call that needs consent. */
export interface GateRequest {
  readonly call: Call
  /** Absent for `requirePrivacyAuthorize`, which asks about consent as a whole. */
  readonly key?: PrivacyKey
  readonly referrer: string
  /** errMsg prefix: the API name. */
  readonly prefix: string
  /** H21/H22: the official popup couples the privacy checkbox into this scope's popup. */
  readonly coupledScope?: Scope
  /** H22: `authorize(scope.userLocation)` goes straight to the coupled popup. */
  readonly bypassListener?: boolean
  readonly refusedMessage?: string
}

/** A call waiting for the listener's `resolve` (H10). */
interface PendingPrivacy {
  readonly request: GateRequest
  readonly next: () => void
  readonly since: number
  settled: boolean
  resolveCalled: boolean
}

/** The privacy gate (H6–H22): decides whether a gated call goes on, waits for the listener, or shows a popup. */
export interface PrivacyGate {
  /** Runs `next` once consent for `request` is given; fails the call otherwise. */
  gate(request: GateRequest, next: () => void): void
  /** Gated calls waiting for the listener's `resolve`. */
  readonly pendingCount: number
  /**
   * H16 [open] `unresolvedFallback: 'officialPopup'`: calls whose listener has not called `resolve` for
   * `unresolvedFallbackMs` of simulator clock go to the official popup.
   */
  handOverUnresolved(): void
}

/** Creates the gate of `host`; the coupled popup answers scope questions through `scopes`. */
export function createGate(host: Host, scopes: Pick<ScopePermissions, 'authorizeAnswer'>): PrivacyGate {
  const { config, state, scheduler, dialogs, emit } = host
  const pendingPrivacy = new Set<PendingPrivacy>()

  function isAgreed(request: GateRequest): boolean {
    return request.key === undefined ? !needAuthorization(state) : state.agreedKeys.has(request.key)
  }

  function refusedMessage(request: GateRequest): string {
    return request.refusedMessage ?? `${request.prefix}:fail privacy permission is not authorized`
  }

  function gate(request: GateRequest, next: () => void): void {
    const { call, key, prefix } = request
    // H2: no gate at all before 2.32.3 (H30, H36: 3.19.0 on Douyin, 2.9.7 on Alipay); H30, H35: nor without usePrivacyCheck.
    if (!config.gateOn) {
      next()
    } else if (key !== undefined && !state.declared.has(key)) {
      // H7, H23 step 1.
      if (config.banned) call.fail(`${prefix}:fail appid privacy api banned`)
      else call.fail(`${prefix}:fail api scope is not declared in the privacy agreement`, 112)
    } else if (isAgreed(request)) {
      next()
    } else if (state.listener && !request.bypassListener) {
      fireListener(request, next)
    } else {
      showOfficialPopup(request, next)
    }
  }

  function fireListener(request: GateRequest, next: () => void): void {
    const pending: PendingPrivacy = {
      request,
      next,
      since: state.clock,
      settled: false,
      resolveCalled: false,
    }
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
        state.ignoredResolves++
        const message = `resolve({ event: '${event}' }) was called again for '${request.referrer}'; the first call already settled it (H15).`
        emit()
        if (config.onDuplicateResolve === 'throw') throw new Error(message)
        console.warn(`[mp-privacy/simulator] ${message}`)
        return
      }
      pending.resolveCalled = true
      pending.settled = true
      pendingPrivacy.delete(pending)
      if (event === 'disagree') {
        request.call.fail(refusedMessage(request), 104)
      } else if (state.tappedButtons.has(resolveOptions.buttonId) && isAgreed(request)) {
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
      state.listener?.(resolve, { referrer: request.referrer })
    })
    emit()
  }

  function showOfficialPopup(request: GateRequest, next: () => void): void {
    const { call, coupledScope } = request
    const errno = coupledScope ? 103 : 104
    const { officialPopup, contractName } = config
    call.entry.referrer = request.referrer
    dialogs.enqueue({
      open() {
        if (call.settled) return null
        if (isAgreed(request)) {
          next()
          return null
        }
        // H21: refusals within 10 s fail at once, without a popup.
        if (
          state.lastRefusalAt !== undefined &&
          state.clock - state.lastRefusalAt < config.platform.refusalWindowMs
        ) {
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
        return officialPopup === 'disagree' ? 'deny' : scopes.authorizeAnswer(coupledScope)
      },
      answer(choice) {
        if (choice === 'agree' || choice === 'allow') {
          agreeAll(state)
          if (coupledScope) state.authSetting[coupledScope] = true
          next()
        } else {
          state.lastRefusalAt = state.clock
          call.fail(refusedMessage(request), errno)
        }
      },
    })
  }

  function handOverUnresolved(): void {
    if (config.unresolvedFallback !== 'officialPopup') return
    for (const pending of [...pendingPrivacy]) {
      if (pending.resolveCalled || state.clock - pending.since < config.unresolvedFallbackMs) continue
      pending.settled = true
      pendingPrivacy.delete(pending)
      showOfficialPopup(pending.request, pending.next)
    }
  }

  return {
    gate,
    get pendingCount() {
      return pendingPrivacy.size
    },
    handOverUnresolved,
  }
}
