import { type Call, type CallLog, createCallLog } from './calls'
import type { PrivacyKey } from './catalog'
import { describedIn, type HostConfig, initialDeclared, requiredPrivateInfosOf } from './config'
import { createDialogQueue, type DialogQueue } from './dialogs'
import { fromHostKeys } from './platforms'
import { createScheduler, type Scheduler } from './scheduler'
import type { AuthSetting, NeedPrivacyAuthorizationListener } from './types'

/** The host's mutable truth: consent, scopes, the listener, the clock. */
export interface HostState {
  readonly declared: Set<PrivacyKey>
  readonly agreedKeys: Set<PrivacyKey>
  readonly authSetting: AuthSetting
  /** Agree buttons whose agree event fired; `undefined` stands for a button without an id (H17). */
  readonly tappedButtons: Set<string | undefined>
  listener: NeedPrivacyAuthorizationListener | undefined
  listenerRegistrations: number
  ignoredResolves: number
  /** Simulator clock in ms, moved only by `advance`. */
  clock: number
  /** > 0 while a user tap runs (H26). */
  tapDepth: number
  /** When the official popup was last refused (H21). */
  lastRefusalAt: number | undefined
  /** The `startRecord` call waiting for `stopRecord`. */
  recording: Call | null
  clipboard: string
  requiredPrivateInfos: ReadonlySet<string>
  /** Scopes with an app.json `permission` description; `undefined`: every scope. */
  described: ReadonlySet<string> | undefined
}

/** Everything the parts of the simulator share. */
export interface Host extends CallLog {
  readonly config: HostConfig
  readonly state: HostState
  readonly scheduler: Scheduler
  readonly dialogs: DialogQueue
  /** Tells subscribers that state, calls or the dialog may have changed. */
  emit(): void
  readonly subscribers: Set<() => void>
}

/** Creates the shared host for `config`. */
export function createHost(config: HostConfig): Host {
  const { options } = config
  const subscribers = new Set<() => void>()
  const emit = (): void => {
    for (const subscriber of [...subscribers]) subscriber()
  }
  const scheduler = createScheduler()
  const declared = new Set<PrivacyKey>(initialDeclared(config))
  const state: HostState = {
    declared,
    agreedKeys: new Set(
      options.agreed === true ? declared : Array.isArray(options.agreed) ? options.agreed : [],
    ),
    authSetting: fromHostKeys(config.platform, options.authSetting),
    tappedButtons: new Set(),
    listener: undefined,
    listenerRegistrations: 0,
    ignoredResolves: 0,
    clock: 0,
    tapDepth: 0,
    lastRefusalAt: undefined,
    recording: null,
    clipboard: options.clipboardData ?? '',
    requiredPrivateInfos: requiredPrivateInfosOf(options),
    described: describedIn(options.permission),
  }
  return {
    ...createCallLog(scheduler, emit, config.platform.failure),
    config,
    state,
    scheduler,
    dialogs: createDialogQueue(emit),
    emit,
    subscribers,
  }
}

/** `true` while some declared key is not agreed (`getPrivacySetting`'s `needAuthorization`, H6). */
export function needAuthorization(state: HostState): boolean {
  for (const key of state.declared) if (!state.agreedKeys.has(key)) return true
  return false
}

/** Records consent to every declared key (an agree tap, H17, or the official popup, H21). */
export function agreeAll(state: HostState): void {
  for (const key of state.declared) state.agreedKeys.add(key)
}
