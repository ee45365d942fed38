import { componentPrivacyKey } from './catalog'
import type { PrivacyGate } from './gate'
import { agreeAll, type Host } from './host'
import type { ScopePermissions } from './scopes'
import type {
  AgreePrivacyAuthorizationEvent,
  ComponentReferrer,
  ComponentResult,
  Simulator,
  WxError,
} from './types'
import { agreeEventNeedsId } from './version'

/** What the user does: taps, time passing, privacy components. */
export type UserActions = Pick<Simulator, 'tapAgree' | 'userTap' | 'advance' | 'useComponent'>

/** Creates the user's side of `host`. */
export function createUserActions(
  host: Host,
  privacy: PrivacyGate,
  { withScope }: Pick<ScopePermissions, 'withScope'>,
): UserActions {
  const { config, state, emit, begin } = host

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
    if (!config.hasPrivacyApis) return null
    // H31: Douyin's agree button cannot be combined with other open-types (H37 [open]: nor Alipay's).
    if (openType !== 'agreePrivacyAuthorization' && !config.platform.combinedAgree) return null
    // H17: the tap records consent by itself.
    agreeAll(state)
    if (buttonId === undefined && agreeEventNeedsId(config.baseLibrary)) {
      emit()
      return null
    }
    state.tappedButtons.add(buttonId)
    emit()
    const target = { id: buttonId ?? '', dataset: {} }
    return {
      type: 'agreeprivacyauthorization',
      timeStamp: state.clock,
      target,
      currentTarget: { ...target, dataset: {} },
      detail: {},
    }
  }

  function userTap<T>(fn: () => T): T {
    state.tapDepth++
    try {
      return fn()
    } finally {
      state.tapDepth--
    }
  }

  function advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}.`)
    state.clock += ms
    // H16 [open]: a listener that never called resolve may hand over to the official popup.
    privacy.handOverUnresolved()
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
      if (referrer === 'input.nickname' && config.hasPrivacyApis && !state.agreedKeys.has(key)) {
        return call.fail(`${name}:fail privacy permission is not authorized`)
      }
      privacy.gate({ call, key, referrer, prefix: name }, () =>
        withScope(
          referrer,
          referrer === 'camera' ? 'scope.camera' : undefined,
          () => call.succeed({ errMsg: `${name}:ok` }),
          () => call.fail(`${name}:fail auth deny`),
        ),
      )
    })
  }

  return { tapAgree, userTap, advance, useComponent }
}
