import { join } from 'node:path'
import { simulatedPlatforms } from '../platforms'
import type { HarnessHost, HarnessPage, LoadMiniProgramOptions, MiniProgram, WaitForOptions } from './api'
import { type AppJson, route } from './appJson'
import { createCommonJsLoader } from './commonjs'
import { installComponents } from './components'
import { type HarnessRender, type PageContext, PageDriver } from './page'
import { createGlobalWx, type PageInstance, type Runtime } from './runtime'
import { harnessApis } from './wxExtras'

type Global = Record<string, unknown>

/**
 * The official compiler's output keeps its parsed expressions in one global, `__WXML_GLOBAL__`, under names
 * that restart at `$gwx_1` for every output folder: a second app would render with the first one's expressions.
 * Each folder gets its own.
 */
const wxmlGlobals = new Map<string, unknown>()

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}

/** One launch of a mini program: its globals, page stack and navigation. The public face is `MiniProgram`. */
export class Launch implements MiniProgram {
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
  /** The `tt` / `my` global this launch installed (HarnessHost.platform). */
  private platformGlobal: 'tt' | 'my' | undefined
  private readonly context: PageContext
  /** Each launch evaluates the app afresh: webpack's chunk registry lives on `wx`, module state in this cache. */
  private readonly modules = createCommonJsLoader()

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
    const { global } = simulatedPlatforms[this.host.platform ?? 'weapp']
    if (global !== 'wx') {
      g[global] = this.host.wx
      this.platformGlobal = global
    }
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
    installComponents(this.runtime, this.modules, {
      setData: (instance, patch) => this.recordRender(instance, patch),
    })
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
    this.modules.require(join(this.root, 'app.js'))
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
    // The platform global goes with its launch: a later WeChat launch must not look like Douyin or Alipay.
    const g = globalThis as Global
    if (this.platformGlobal && g[this.platformGlobal] === this.host.wx) delete g[this.platformGlobal]
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
