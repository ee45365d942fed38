import type { AppConfig, PrivacySettingFile } from '../appConfig'
import type { SimulatedPlatformId } from '../platforms'
import type { Simulator } from '../types'
import type { HarnessRender, PageStatus } from './page'
import type { PageInstance } from './runtime'

/**
 * The host a mini program runs against: a `WechatSimulator` fits as it is. Only `wx` is required.
 *
 * @example
 * const host: HarnessHost = createWechatSimulator()
 * const bare: HarnessHost = { wx: { getClipboardData: (o: { success(r: object): void }) => o.success({ data: '' }) } }
 */
export interface HarnessHost {
  /**
   * The `wx` the mini program calls. APIs it lacks, other than privacy and scope APIs, come from
   * miniprogram-simulate's mock — except `preloadAssets`, whose presence makes uni-app schedule a launch beacon.
   */
  readonly wx: object
  /**
   * The platform the host simulates (a simulator has it). On `'tt'` and `'alipay'` the WeChat build runs with
   * the host's `wx` also as the global `tt` / `my`, the object core detects the platform by; the
   * global goes when the launch closes. Default `'weapp'`.
   */
  readonly platform?: SimulatedPlatformId
  /**
   * The base library version the host simulates (a `WechatSimulator` has it): `SDKVersion` of
   * `getAppBaseInfo()` / `getSystemInfoSync()` / `getSystemInfo()`, unless the host's `wx` has those APIs.
   */
  readonly baseLibrary?: string
  /**
   * Takes the app's own configuration (a `WechatSimulator` has it): `loadMiniProgram` passes app.json /
   * ext.json `requiredPrivateInfos` and `permission`, and its `privacy` option. Without it the app's
   * configuration is not enforced, and a `privacy` option is an error.
   */
  configureApp?(config: AppConfig): void
  /**
   * The user taps the agree button with this id (and `open-type`): record consent and return the event
   * WeChat delivers to the button's `agreeprivacyauthorization` handler, or `null` when WeChat fires none
   * (H13, H17). Without it, `page.agree` always fires the event.
   */
  tapAgree?(buttonId?: string, options?: { openType?: string }): object | null
  /** Runs `fn` as a user tap (H26). */
  userTap?<T>(fn: () => T): T
  /** Resolves when the host's queued async deliveries have run. */
  flush?(): Promise<void>
}

/**
 * How to launch the mini program.
 *
 * @example
 * const options: LoadMiniProgramOptions = { root: 'examples/taro-app/dist', host: sim, timeout: 5000 }
 */
export interface LoadMiniProgramOptions {
  /** The compiled output folder (holding `app.json`), absolute or relative to the working directory. */
  root: string
  /**
   * What the app runs against: a `WechatSimulator`, any `HarnessHost`, or a simulator of another platform
   * (`createSimulator({ platform: 'tt' })`, `createDouyinSimulator()`, `createAlipaySimulator()`), whose host
   * object becomes the build's `wx` and the global `tt` / `my`: the WeChat build on a simulated Douyin or Alipay.
   */
  host: HarnessHost | Simulator
  /** Default time limit of `waitFor` and of waiting for a page's first render, in ms. Default `3000`. */
  timeout?: number
  /**
   * The app's privacy guide (privacy.json: a saved `cgi-bin/component/getprivacysetting` response), as an
   * object or a path (absolute or relative to the working directory). Its keys become the host's declared
   * privacy types, so an API of another type fails with errno 112 (H7). A host created with `declared` or
   * `privacy` already has its keys: passing both is a `TypeError`.
   */
  privacy?: PrivacySettingFile | string
  /** Options passed to the app's `onLaunch`/`onShow`. Default: the entry page, no query, scene 1001. */
  launch?: { path?: string; query?: Record<string, string>; scene?: number }
}

/**
 * Options of `waitFor`.
 *
 * @example
 * await app.waitFor(() => page.text('#status') === 'agreed', { timeout: 5000, message: 'consent never shown' })
 */
export interface WaitForOptions {
  /** Time limit in ms. Default: the `timeout` given to `loadMiniProgram`. */
  timeout?: number
  /** Starts the error thrown at the time limit. */
  message?: string
}

/**
 * One open page. Selectors are what exparser understands: `#id` and `.class` (give the nodes a test needs an
 * `id`); they also reach into nested custom components.
 *
 * @example
 * const page = await app.open('pages/index/index')
 * await page.agree('#agree-btn')
 * await app.waitFor(() => page.text('#status') === 'agreed')
 */
export interface HarnessPage {
  /** The page path without a leading slash, e.g. `'pages/index/index'`. */
  readonly route: string
  /** The query the page was opened with (`onLoad`'s argument). */
  readonly query: Readonly<Record<string, string>>
  readonly status: PageStatus
  /** The page's `this` (what `getCurrentPages()` returns): `data`, `setData`, lifecycles. */
  readonly instance: PageInstance
  /**
   * Every `setData` call made so far by the page or by any custom component inside it, in order — also those
   * made while the page loaded. Counts are deterministic: assert them, e.g. that a hidden page renders nothing.
   *
   * @example
   * const home = await app.open('pages/index/index')
   * await app.switchTab('pages/profile/index')
   * await app.waitFor(() => sim.state.pendingPrivacy === 0)
   * expect(home.renders.filter((render) => render.hidden)).toEqual([])
   */
  readonly renders: readonly HarnessRender[]
  /** The text content of the first node matching `selector` (throws when none does), or of the whole page. */
  text(selector?: string): string
  /** The rendered page as HTML (tags are `wx-*`, classes carry a prefix). */
  html(): string
  /** Whether a node matches `selector`. */
  exists(selector: string): boolean
  /** A WXML attribute of the first matching node, e.g. `attribute('#agree-btn', 'open-type')`. */
  attribute(selector: string, name: string): unknown
  /** The user taps the node: its `tap` handlers run inside the host's `userTap` (H26). */
  tap(selector: string): Promise<void>
  /**
   * The user taps `<button open-type="agreePrivacyAuthorization">`, as a finger does: the node's `tap` handlers
   * run first, then `host.tapAgree(node id, { openType })` records consent and the node's
   * `agreeprivacyauthorization` event fires with the host's event detail. Resolves to whether the agree event
   * fired (H13, H17).
   */
  agree(selector: string): Promise<boolean>
  /** The user types `value` into an input: fires its `input` event. */
  input(selector: string, value: string): Promise<void>
  /** Fires any event (a lower-case name, as in WXML `bind…`) on the node with `detail`. */
  trigger(selector: string, eventName: string, detail?: object): Promise<void>
  /**
   * Calls `onShow`, then its components' `pageLifetimes.show` (the page becomes visible). Usually `MiniProgram`
   * navigation does this.
   */
  show(): void
  /** Calls `onHide`, then its components' `pageLifetimes.hide`. */
  hide(): void
  /**
   * The window changes size (rotation, split screen): calls the page's `onResize` and its components'
   * `pageLifetimes.resize` with `{ size: { windowWidth, windowHeight } }`.
   */
  resize(size: { windowWidth: number; windowHeight: number }): void
  /** Calls `onUnload` and removes the page from the page stack. */
  unload(): void
}

/**
 * A launched mini program: navigation that calls page lifecycles as WeChat does, and `waitFor`.
 *
 * @example
 * const app = await loadMiniProgram({ root: 'examples/taro-app/dist', host: sim })
 * const home = await app.open('pages/index/index')
 * await app.switchTab('pages/profile/index') // home.onHide, then the profile page loads and shows
 * expect(home.status).toBe('hidden')
 */
export interface MiniProgram {
  /** The absolute output folder. */
  readonly root: string
  /** What `getApp()` returns. */
  readonly app: Readonly<Record<string, unknown>>
  /** The page stack, bottom first: what `getCurrentPages()` returns, as pages. */
  readonly pages: readonly HarnessPage[]
  /** The top of the page stack. */
  readonly currentPage: HarnessPage | undefined
  /**
   * Opens a page like `wx.navigateTo` (hides the current page, loads the new one, calls `onLoad`, `onShow`,
   * `onReady`) and resolves after its first render. A tabBar page is opened with `switchTab`. `url` may carry
   * a query: `'pages/detail/index?id=1'`.
   */
  open(url: string): Promise<HarnessPage>
  /** Like `wx.switchTab`: unloads non-tab pages, hides the current tab, shows (or first opens) `route`. */
  switchTab(route: string): Promise<HarnessPage>
  /** Like `wx.navigateBack`: unloads the top page and shows the one below. */
  back(): HarnessPage
  /** The app goes to the background: the current page's `onHide`, then the app's. */
  hide(): void
  /** The app comes back (e.g. from the Settings page): the app's `onShow`, then the current page's. */
  show(): void
  /** Polls `check` until it returns a truthy value (thrown errors count as "not yet"), or fails with the page text. */
  waitFor<T>(check: () => T | Promise<T>, options?: WaitForOptions): Promise<T>
  /** Detaches every page. The next `loadMiniProgram` does this for the previous launch. */
  close(): void
}
