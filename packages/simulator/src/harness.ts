/**
 * Runs a compiled WeChat mini program (Taro's `dist`, uni-app's `dist/build/mp-weixin`, or a native one) in
 * Node with miniprogram-simulate and the official WXML compiler, against a simulated host's `wx`, and drives
 * it like a user. Needs a DOM (Vitest `environment: 'jsdom'`) and the optional peer `miniprogram-simulate`.
 * @module
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { installComponents } from './harness/components'
import { type HarnessRender, type PageContext, PageDriver, type PageStatus } from './harness/page'
import { createGlobalWx, loadRuntime, type PageInstance, type Runtime } from './harness/runtime'
import { harnessApis } from './harness/wx-extras'

export type { HarnessRender, PageInstance, PageStatus }

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
   * The base library version the host simulates (a `WechatSimulator` has it): `SDKVersion` of
   * `getAppBaseInfo()` / `getSystemInfoSync()` / `getSystemInfo()`, unless the host's `wx` has those APIs.
   */
  readonly baseLibrary?: string
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
  host: HarnessHost
  /** Default time limit of `waitFor` and of waiting for a page's first render, in ms. Default `3000`. */
  timeout?: number
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

interface AppJson {
  pages?: string[]
  entryPagePath?: string
  tabBar?: { list?: Array<{ pagePath: string }> }
  subpackages?: Array<{ root: string; pages: string[] }>
  subPackages?: Array<{ root: string; pages: string[] }>
}

type Global = Record<string, unknown>

let active: Launch | undefined

/**
 * The official compiler's output keeps its parsed expressions in one global, `__WXML_GLOBAL__`, under names
 * that restart at `$gwx_1` for every output folder: a second app would render with the first one's expressions.
 * Each folder gets its own.
 */
const wxmlGlobals = new Map<string, unknown>()

function route(url: string): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?', 2)
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const [key = '', value = ''] = pair.split('=', 2)
    query[key] = value
  }
  return { route: path.replace(/^\/+/, '').replace(/\.js$/, ''), query }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}

class Launch implements MiniProgram {
  app: Record<string, unknown> = {}
  appCalled = false
  stack: PageDriver[] = []
  private readonly tabs = new Map<string, PageDriver>()
  private readonly componentIds = new Map<string, string>()
  /** Renders by the page's root node: components render while the page is created, before its driver exists. */
  private readonly renders = new WeakMap<object, HarnessRender[]>()
  private readonly drivers = new WeakMap<object, PageDriver>()
  private readonly declared: Set<string>
  private readonly tabRoutes: Set<string>
  private closed = false
  private readonly context: PageContext

  constructor(
    readonly root: string,
    private readonly runtime: Runtime,
    private readonly host: HarnessHost,
    appJson: AppJson,
    private readonly timeout: number,
  ) {
    const sub = [...(appJson.subpackages ?? []), ...(appJson.subPackages ?? [])]
    this.declared = new Set([
      ...(appJson.pages ?? []),
      ...sub.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root.replace(/\/+$/, '')}/${page}`)),
    ])
    this.tabRoutes = new Set((appJson.tabBar?.list ?? []).map((tab) => route(tab.pagePath).route))
    const userTap = host.userTap ? <T>(fn: () => T): T => host.userTap!(fn) : <T>(fn: () => T): T => fn()
    this.context = {
      runtime,
      tapAgree: host.tapAgree ? (id, tapOptions) => host.tapAgree!(id, tapOptions) : undefined,
      userTap,
      flush: async () => {
        await host.flush?.()
      },
      onUnload: (page) => {
        this.stack = this.stack.filter((p) => p !== page)
        if (this.tabs.get(page.route) === page) this.tabs.delete(page.route)
      },
    }
  }

  get pages(): readonly HarnessPage[] {
    return [...this.stack]
  }

  get currentPage(): HarnessPage | undefined {
    return this.stack.at(-1)
  }

  /** The globals compiled mini-program code expects, pointing at this launch. */
  installGlobals(): void {
    const g = globalThis as Global
    const extras = harnessApis({
      runtime: this.runtime,
      baseLibrary: this.host.baseLibrary,
      currentPage: () => this.stack.at(-1)?.instance,
    })
    g.wx = createGlobalWx(this.host.wx, this.runtime.mockWx, extras)
    g.App = (options: Record<string, unknown> = {}) => {
      this.app = options
      this.appCalled = true
    }
    g.getApp = () => this.app
    g.getCurrentPages = () => this.stack.map((page) => page.instance)
    // miniprogram-simulate only knows Component: a page becomes one whose methods are the page's functions.
    g.Page = (options: Record<string, unknown>) => {
      const { data, ...rest } = options
      const methods: Record<string, unknown> = {}
      const fields: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(rest)) {
        if (typeof value === 'function') methods[key] = value
        else fields[key] = value
      }
      const component = g.Component as (definition: object) => void
      component({
        data: data ?? {},
        methods,
        lifetimes: {
          created(this: PageInstance) {
            Object.assign(this, fields)
          },
        },
      })
    }
    installComponents(this.runtime, { setData: (instance, patch) => this.recordRender(instance, patch) })
  }

  private rendersOf(root: object): HarnessRender[] {
    let renders = this.renders.get(root)
    if (!renders) {
      renders = []
      this.renders.set(root, renders)
    }
    return renders
  }

  private recordRender(instance: PageInstance, patch: unknown): void {
    type Node = { ownerShadowRoot?: { getHostNode?(): Node | null } | null }
    let node = instance._exparserNode as Node | undefined
    if (!node) return
    for (
      let host = node.ownerShadowRoot?.getHostNode?.();
      host;
      host = node.ownerShadowRoot?.getHostNode?.()
    ) {
      node = host
    }
    let bytes = 0
    try {
      bytes = JSON.stringify(patch)?.length ?? 0
    } catch {
      // Not serialisable (WeChat would refuse it too): the call still counts.
    }
    this.rendersOf(node).push({ bytes, hidden: this.drivers.get(node)?.hidden ?? false })
  }

  start(launch: LoadMiniProgramOptions['launch'], entry: string): void {
    const g = globalThis as Global
    if (wxmlGlobals.has(this.root)) g.__WXML_GLOBAL__ = wxmlGlobals.get(this.root)
    // The WXS built-ins it adds to the prototypes once per process stay: don't let it add them again.
    else if (Object.hasOwn(Function.prototype, 'nv_length')) g.__WXML_GLOBAL__ = { wxs_nf_init: true }
    else delete g.__WXML_GLOBAL__
    // Each launch evaluates the app afresh: webpack's chunk registry lives on `wx` and module state in the cache.
    const cache = this.runtime.require.cache
    for (const file of Object.keys(cache)) if (file.startsWith(this.root + sep)) delete cache[file]
    this.runtime.require(join(this.root, 'app.js'))
    if (!this.appCalled) throw new Error(`${this.root}/app.js did not call App().`)
    const options = {
      path: launch?.path ?? entry,
      query: launch?.query ?? {},
      scene: launch?.scene ?? 1001,
      referrerInfo: {},
    }
    this.callApp('onLaunch', options)
    this.callApp('onShow', options)
  }

  async open(url: string): Promise<HarnessPage> {
    const target = route(url)
    if (this.tabRoutes.has(target.route)) return this.switchTab(target.route)
    this.assertOpen()
    const top = this.stack.at(-1)
    if (top?.status === 'shown') top.hide()
    return this.push(target.route, target.query)
  }

  async switchTab(url: string): Promise<HarnessPage> {
    this.assertOpen()
    const target = route(url).route
    if (!this.tabRoutes.has(target)) throw new Error(`${target} is not a tabBar page of ${this.root}.`)
    const top = this.stack.at(-1)
    if (top?.route === target) return top
    for (const page of [...this.stack].reverse()) if (!this.tabRoutes.has(page.route)) page.unload()
    for (const page of this.stack) if (page.status === 'shown') page.hide()
    const existing = this.tabs.get(target)
    if (existing) {
      this.stack = [existing]
      existing.show()
      return existing
    }
    this.stack = []
    const page = await this.push(target, {})
    this.tabs.set(target, page)
    return page
  }

  back(): HarnessPage {
    this.assertOpen()
    const below = this.stack.at(-2)
    if (!below) throw new Error('back(): there is no page below the current one.')
    this.stack.at(-1)?.unload()
    below.show()
    return below
  }

  hide(): void {
    this.assertOpen()
    const top = this.stack.at(-1)
    if (top?.status === 'shown') top.hide()
    this.callApp('onHide')
  }

  show(): void {
    this.assertOpen()
    this.callApp('onShow', { path: this.stack.at(-1)?.route ?? '', query: {}, scene: 1001, referrerInfo: {} })
    const top = this.stack.at(-1)
    if (top?.status === 'hidden') top.show()
  }

  async waitFor<T>(check: () => T | Promise<T>, options: WaitForOptions = {}): Promise<T> {
    const timeout = options.timeout ?? this.timeout
    const deadline = Date.now() + timeout
    let lastError: unknown
    for (;;) {
      try {
        const value = await check()
        if (value) return value
        lastError = undefined
      } catch (error) {
        lastError = error
      }
      if (Date.now() >= deadline) {
        const top = this.stack.at(-1)
        const lines = [`${options.message ?? 'waitFor: the condition did not hold'} within ${timeout} ms.`]
        if (lastError)
          lines.push(`Last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`)
        lines.push(top ? `Current page ${top.route} shows: "${top.text()}"` : 'No page is open.')
        throw new Error(lines.join('\n'))
      }
      await sleep(5)
    }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    for (const page of new Set([...this.stack, ...this.tabs.values()])) page.detach()
    this.stack = []
    this.tabs.clear()
  }

  private async push(target: string, query: Record<string, string>): Promise<PageDriver> {
    if (!this.declared.has(target)) {
      throw new Error(
        `${target} is not a page of ${this.root} (app.json lists ${[...this.declared].join(', ')}).`,
      )
    }
    let id = this.componentIds.get(target)
    if (!id) {
      id = this.runtime.simulate.load(join(this.root, target), { rootPath: this.root })
      this.componentIds.set(target, id)
      wxmlGlobals.set(this.root, (globalThis as Global).__WXML_GLOBAL__)
    }
    const rendered = this.runtime.simulate.render(id)
    const root = rendered._exparserNode
    const page = new PageDriver(target, query, rendered, this.context, this.rendersOf(root))
    this.drivers.set(root, page)
    this.stack.push(page)
    page.load()
    await this.waitFor(() => page.renders.length > 0 || page.html() !== '', {
      message: `${target} rendered nothing`,
    })
    return page
  }

  private callApp(lifecycle: string, ...args: unknown[]): void {
    const method = this.app[lifecycle]
    if (typeof method === 'function') method.apply(this.app, args)
  }

  private assertOpen(): void {
    if (this.closed)
      throw new Error('This mini program was closed (a later loadMiniProgram closes the previous one).')
  }
}

/**
 * Launches the compiled mini program in `root` against `host.wx`: defines the globals compiled code expects
 * (`App`, `Page`, `getApp`, `getCurrentPages`, `wx`), evaluates `app.js` afresh, calls the app's `onLaunch`
 * and `onShow`. Open pages with `open`/`switchTab`. A new launch closes the previous one, so each test can
 * start from a fresh app and a fresh simulator.
 *
 * Limits: one output folder per test file (the official WXML compiler caches per process); Taro decides
 * which `wx` APIs exist when `app.js` loads, so keep one base library per file; page timers run for real —
 * wait with `waitFor`, never with fixed sleeps.
 *
 * @example
 * // @vitest-environment jsdom
 * import { createWechatSimulator } from '@mp-privacy/simulator'
 * import { loadMiniProgram } from '@mp-privacy/simulator/harness'
 *
 * const sim = createWechatSimulator()
 * const app = await loadMiniProgram({ root: 'examples/taro-app/dist', host: sim })
 * const page = await app.open('pages/index/index')
 * await page.agree('#agree-btn')
 * await app.waitFor(() => page.text('#status') === 'agreed:agree-btn')
 */
export async function loadMiniProgram(options: LoadMiniProgramOptions): Promise<MiniProgram> {
  const root = resolve(options.root)
  const appJsonPath = join(root, 'app.json')
  if (!existsSync(appJsonPath) || !existsSync(join(root, 'app.js'))) {
    throw new Error(`No compiled mini program in ${root} (app.json or app.js is missing): build it first.`)
  }
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as AppJson
  const runtime = loadRuntime()
  active?.close()
  const launch = new Launch(realpathSync(root), runtime, options.host, appJson, options.timeout ?? 3000)
  active = launch
  launch.installGlobals()
  launch.start(options.launch, appJson.entryPagePath ?? appJson.pages?.[0] ?? '')
  return launch
}
