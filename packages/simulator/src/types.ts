import type { AppConfig, AppPermission, PrivacySettingFile } from './appConfig'
import type { ComponentReferrer, PrivacyKey, Scope } from './catalog'
import type { SimulatedPlatformId } from './platforms'
import type { AuthSetting, SimulatedWx } from './wxTypes'

export type { ComponentReferrer, PrivacyKey, Scope } from './catalog'
export type { SimulatedPlatformId } from './platforms'
export type * from './wxTypes'

/**
 * What `useComponent` resolves with.
 *
 * @example
 * const { ok, errno } = await sim.useComponent('button.chooseAvatar')
 */
export interface ComponentResult {
  ok: boolean
  errMsg: string
  errno?: number
}

/**
 * One call made on the simulated `wx`, updated in place when a pending call settles.
 *
 * @example
 * expect(sim.calls).toContainEqual({ api: 'getLocation', outcome: 'fail', errno: 103, errMsg: 'getLocation:fail privacy permission is not authorized', referrer: 'getLocation' })
 */
export interface SimulatorCall {
  readonly api: string
  readonly outcome: 'success' | 'fail' | 'pending'
  readonly errno?: number
  readonly errMsg?: string
  /** The referrer the privacy listener or the official popup got for this call (H10). */
  readonly referrer?: string
}

/**
 * A system dialog the user has in front of them.
 *
 * @example
 * const sim = createWechatSimulator({ officialPopup: 'manual' })
 * sim.wx.getClipboardData()
 * if (sim.dialog?.kind === 'privacy') sim.answer('agree')
 */
export type Dialog =
  /** WeChat's own privacy popup, standalone style (H21). Answer `'agree'` or `'disagree'`. */
  | {
      readonly kind: 'privacy'
      readonly api: string
      readonly referrer: string
      readonly contractName: string
    }
  /** A scope popup (H25). Answer `'allow'` or `'deny'`. */
  | { readonly kind: 'authorize'; readonly api: string; readonly scope: Scope }
  /** Privacy checkbox coupled into a scope popup (H21, H22). Answer `'allow'` or `'deny'`. */
  | { readonly kind: 'coupled'; readonly api: string; readonly scope: Scope; readonly contractName: string }
  /** The Settings page (H26). Answer with the new `authSetting`. */
  | { readonly kind: 'settings'; readonly authSetting: AuthSetting }

/**
 * An answer to the open dialog.
 *
 * @example
 * sim.answer('deny')
 * sim.answer({ 'scope.record': true }) // on the Settings page
 */
export type DialogChoice = 'agree' | 'disagree' | 'allow' | 'deny' | AuthSetting

/**
 * The three spellings of a scope denial seen in the wild (H25).
 *
 * @example
 * createWechatSimulator({ authDenyMessage: 'authorize:fail:auth deny' })
 */
export type AuthDenyMessage =
  | 'authorize:fail auth deny'
  | 'authorize:fail:auth deny'
  | 'authorize:fail 系统错误,错误码:-12006,auth deny'

/**
 * Location the location APIs report.
 *
 * @example
 * createWechatSimulator({ location: { latitude: 22.54, longitude: 114.06 } })
 */
export interface SimulatedLocation {
  latitude: number
  longitude: number
  speed: number
  accuracy: number
  altitude: number
  verticalAccuracy: number
  horizontalAccuracy: number
}

/**
 * How the user answers a scope popup, or `'manual'` to answer with `sim.answer`.
 *
 * @example
 * createWechatSimulator({ authorizePopup: (scope) => (scope === 'scope.record' ? 'deny' : 'allow') })
 */
export type AuthorizePopupBehaviour = 'allow' | 'deny' | 'manual' | ((scope: Scope) => 'allow' | 'deny')

/**
 * Options of `createWechatSimulator`. Every [open] rule of the spec is an option whose default is the spec's.
 *
 * @example
 * createWechatSimulator({ baseLibrary: '3.4.2', declared: ['Location'], officialPopup: 'disagree' })
 */
export interface SimulatorOptions {
  /**
   * Base library version. Below `'2.32.3'` (Douyin `'3.19.0'`, Alipay `'2.9.7'`) the privacy APIs are absent and
   * nothing is gated (H1, H2, H30, H36). Default `'3.5.0'` (Douyin `'3.20.0'`, Alipay `'2.9.20'`).
   */
  baseLibrary?: string
  /**
   * Douyin and Alipay only: app.json `usePrivacyCheck` (H30, H35). `false`: the privacy APIs exist but nothing is
   * gated and `getPrivacySetting` reports `needAuthorization: false`. Default `true` (Douyin: always on for apps
   * created after 2024-03-25). WeChat ignores it (H4).
   */
  usePrivacyCheck?: boolean
  /** Privacy types declared in the privacy guide (H6, H7). Default: all 28 keys (`[]` when `privacyApiBanned`). Give this or `privacy`, not both. */
  declared?: readonly PrivacyKey[]
  /**
   * The app's privacy guide as saved from `cgi-bin/component/getprivacysetting` (privacy.json): its keys are the
   * declared types (H6, H7), so an API of another type fails with errno 112. Give this or `declared`, not both.
   */
  privacy?: PrivacySettingFile
  /** Consent given earlier: `true` = every declared key, or the keys agreed to earlier (H6). Default `false`. */
  agreed?: boolean | readonly PrivacyKey[]
  /** `privacyContractName` of `getPrivacySetting` (H6). Default `'《示例小程序隐私保护指引》'`. */
  contractName?: string
  /** Scope decisions made earlier (H24), in the host's own keys (Alipay: `{ location: false }`, H38). Default `{}`. */
  authSetting?: AuthSetting
  /** How the user answers WeChat's own privacy popup (H21). Default `'agree'`. */
  officialPopup?: 'agree' | 'disagree' | 'manual'
  /** How the user answers scope popups (H25), or a function of the scope. Default `'allow'`. */
  authorizePopup?: AuthorizePopupBehaviour
  /** What the user toggles on the Settings page (H26): a function of the current `authSetting`, or `'manual'`. Default: no change. */
  settings?: 'manual' | ((authSetting: AuthSetting) => AuthSetting)
  /** app.json `requiredPrivateInfos` (H23 step 3). Default: every location API the simulator implements. */
  requiredPrivateInfos?: readonly string[]
  /**
   * app.json `permission`. `authorize` of `scope.userLocation` / `userFuzzyLocation` / `userLocationBackground`
   * and their APIs fail with `'<api>:fail require permission desc'` ([open]) when the scope has no `desc`.
   * Default: every scope has one.
   */
  permission?: AppPermission
  /** H15 [open]: a second `resolve` is ignored with a console warning (`'ignore'`), or throws (`'throw'`). Default `'ignore'`. */
  onDuplicateResolve?: 'ignore' | 'throw'
  /** H16 [open]: a listener that never calls `resolve` leaves the call pending (`'pending'`), or the official popup takes over after `unresolvedFallbackMs` of simulator clock (`'officialPopup'`). Default `'pending'`. */
  unresolvedFallback?: 'pending' | 'officialPopup'
  /** H16 [open]: simulator-clock time after which `unresolvedFallback: 'officialPopup'` applies (see `advance`). Default `5000` (the simulator's choice). */
  unresolvedFallbackMs?: number
  /** H19 [open]: referrer the listener gets for `requirePrivacyAuthorize`. Default `'requirePrivacyAuthorize'`. */
  requirePrivacyAuthorizeReferrer?: string
  /** H19 [open]: `errMsg` of `requirePrivacyAuthorize` after a disagree. Default `'requirePrivacyAuthorize:fail privacy permission is not authorized'`. */
  requirePrivacyAuthorizeFailMessage?: string
  /** H20 [open]: outcome of `openPrivacyContract`. Default `'success'`. */
  openPrivacyContract?: 'success' | 'fail'
  /** H7: the app was submitted as collecting no personal data: undeclared types fail with `'<api>:fail appid privacy api banned'`. Default `false`. */
  privacyApiBanned?: boolean
  /** H25 [seen]: which spelling `authorize` uses for a denial. Default `'authorize:fail auth deny'`. */
  authDenyMessage?: AuthDenyMessage
  /** Location the location APIs report. Default: Beijing, Tiananmen. */
  location?: Partial<SimulatedLocation>
  /** Initial clipboard content (`getClipboardData`; `setClipboardData` changes it). Default `''`. */
  clipboardData?: string
}

/**
 * The host's truth, for assertions. A fresh plain object on every read.
 *
 * @example
 * expect(sim.state).toMatchObject({ agreed: true, authSetting: { 'scope.userLocation': true } })
 */
export interface SimulatorState {
  /** `true` when every declared key is agreed (`getPrivacySetting` would report `needAuthorization: false`). */
  agreed: boolean
  agreedKeys: PrivacyKey[]
  declared: PrivacyKey[]
  authSetting: AuthSetting
  listenerRegistered: boolean
  /** How many times `onNeedPrivacyAuthorization` was called. */
  listenerRegistrations: number
  /** Gated calls waiting for the listener's `resolve`. */
  pendingPrivacy: number
  /** Duplicate `resolve` calls ignored (H15). */
  ignoredResolves: number
  /** Ids of agree buttons whose agree event fired. */
  tappedAgreeButtons: string[]
  /** Simulator clock in ms (moved only by `advance`). */
  clock: number
  dialog: Dialog | null
}

/**
 * The event an `agreeprivacyauthorization` handler receives.
 *
 * @example
 * const event = sim.tapAgree('agree-btn')
 * page.onAgree(event) // your agreeprivacyauthorization handler
 */
export interface AgreePrivacyAuthorizationEvent {
  type: 'agreeprivacyauthorization'
  timeStamp: number
  target: { id: string; dataset: Record<string, string> }
  currentTarget: { id: string; dataset: Record<string, string> }
  detail: Record<string, never>
}

/**
 * A simulated host — WeChat, Douyin or Alipay (H30–H39) — with the user's side and the host's truth. The
 * platform-specific factories add the host under its global's name (`wx`, `tt`, `my`).
 *
 * @example
 * const sim: Simulator = createSimulator({ platform: 'alipay' })
 * const client = createPrivacyClient({ host: sim.host, platform: sim.platform })
 */
export interface Simulator {
  /** Which host: `'weapp'`, `'tt'` or `'alipay'`. */
  readonly platform: SimulatedPlatformId
  /** The simulated host object (`wx`, `tt` or `my`): inject it where the app calls the platform. */
  readonly host: SimulatedWx
  /** The base library version it simulates (`options.baseLibrary`, default `'3.5.0'`). */
  readonly baseLibrary: string
  /**
   * The user taps `<button open-type="agreePrivacyAuthorization" id={buttonId}>` (H13, H17): consent to every
   * declared key is recorded. Returns the event the app's handler receives, or `null` when WeChat fires none.
   */
  tapAgree(buttonId?: string, options?: { openType?: string }): AgreePrivacyAuthorizationEvent | null
  /** Runs `fn` as a user tap: `openSetting` / `getUserProfile` succeed only synchronously inside it (H26). */
  userTap<T>(fn: () => T): T
  /** Moves the simulator clock by `ms` (H21's 10 s rule, H16 fallback). */
  advance(ms: number): void
  /** Every call made on `wx`, in order; entries are updated in place when a pending call settles. */
  readonly calls: readonly SimulatorCall[]
  /** A snapshot of the host's state. */
  readonly state: SimulatorState
  /** The open system dialog in `'manual'` modes, or `null`. */
  readonly dialog: Dialog | null
  /** Answers the open dialog; the next queued dialog (if any) opens. */
  answer(choice: DialogChoice): void
  /** Calls `listener` after any change of state, calls or dialog. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Resolves once every queued async delivery (and what it triggers) has run. */
  flush(): Promise<void>
  /** The app ships a new privacy guide that also declares `keys` (H6). */
  declare(keys: readonly PrivacyKey[]): void
  /**
   * Applies the app's own configuration (`loadMiniProgram` calls it with the app's app.json / ext.json and its
   * `privacy` option): `requiredPrivateInfos` and `permission` replace the defaults unless they were passed to
   * `createWechatSimulator` (the test's own options win); `privacy` sets the declared keys and throws a
   * `TypeError` when `declared` or `privacy` was passed there.
   */
  configureApp(config: AppConfig): void
  /** The user deletes the app from "recently used" (H5): consent and `authSetting` are cleared. */
  clearAuthorization(): void
  /** The user uses a privacy component (H10, H18), e.g. taps `<button open-type="getPhoneNumber">`. */
  useComponent(referrer: ComponentReferrer): Promise<ComponentResult>
}

/**
 * The simulated WeChat host.
 *
 * @example
 * const sim: WechatSimulator = createWechatSimulator()
 * sim.wx.onNeedPrivacyAuthorization?.((resolve) => {
 *   sim.tapAgree('agree-btn')
 *   resolve({ event: 'agree', buttonId: 'agree-btn' })
 * })
 * await sim.wx.getClipboardData()
 */
export interface WechatSimulator extends Simulator {
  readonly platform: 'weapp'
  /** The simulated `wx`: inject it where the app calls WeChat. */
  readonly wx: SimulatedWx
}

/**
 * The simulated Douyin host (H30–H34): `tt` has WeChat's privacy family from base library 3.19.0, the agree
 * button cannot be combined with other open-types, `exposureAuthorization` is not documented, failures carry
 * `errNo`, and the scopes are Douyin's (`scope.album`).
 *
 * @example
 * const sim: DouyinSimulator = createDouyinSimulator()
 * sim.tt.getSetting({ success: ({ authSetting }) => console.info(authSetting) })
 */
export interface DouyinSimulator extends Simulator {
  readonly platform: 'tt'
  /** The simulated `tt`. */
  readonly tt: SimulatedWx
}

/**
 * The simulated Alipay host (H35–H38): `my` has `getPrivacySetting`, `onNeedPrivacyAuthorization` and
 * `openPrivacyContract` from base library 2.9.7 (gated only with `usePrivacyCheck`), no `authorize` and no
 * `requirePrivacyAuthorize`; `authSetting` keys have no `scope.` prefix; failures are `{ error, errorMessage }`.
 *
 * @example
 * const sim: AlipaySimulator = createAlipaySimulator({ authSetting: { location: false } })
 * sim.my.getSetting({ success: ({ authSetting }) => console.info(authSetting) }) // { location: false }
 */
export interface AlipaySimulator extends Simulator {
  readonly platform: 'alipay'
  /** The simulated `my`. */
  readonly my: SimulatedWx
}
