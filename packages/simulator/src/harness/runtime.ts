import { createRequire } from 'node:module'
import { fireReadyAfterLateAttach, type LifetimeExparser } from './lifetimes'

/** A node of exparser, the component framework behind miniprogram-simulate (only what the harness uses). */
export interface ExparserElement {
  readonly id: string
  readonly $$: Element | undefined
  readonly shadowRoot?: ExparserElement | null
  readonly childNodes: readonly unknown[]
  readonly _vt?: { readonly attrs: ReadonlyArray<{ readonly name: string; readonly value: unknown }> }
  querySelectorAll(selector: string): ExparserElement[]
  /** Calls `pageLifetimes[name]` of this node's component and of every component below it. */
  triggerPageLifeTime(name: 'show' | 'hide' | 'resize', args: unknown[]): void
}

interface Exparser {
  Event: {
    create(name: string, detail: object, options: object): unknown
    dispatchEvent(target: ExparserElement, event: unknown): void
  }
  Element: {
    getMethodCaller(element: ExparserElement): unknown
    setSlotName(node: object, name: string): void
    isAttached(node: object): boolean
  }
}

/** A page as miniprogram-simulate renders it: the page's `this` is `instance`. */
export interface RenderedComponent {
  readonly dom: HTMLElement | undefined
  readonly instance: PageInstance
  readonly _exparserNode: ExparserElement
  attach(parent: Node): void
  detach(): void
}

interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string
  render(id: string): RenderedComponent
}

/**
 * A page's `this`: its data, `setData`, and the lifecycle methods the compiled page defined.
 *
 * @example
 * const page = await app.open('pages/index/index')
 * expect(page.instance.route).toBe('pages/index/index')
 */
export interface PageInstance {
  readonly data: Record<string, unknown>
  setData(data: Record<string, unknown>, callback?: () => void): void
  route?: string
  __route__?: string
  options?: Record<string, string>
  [key: string]: unknown
}

/** miniprogram-simulate and the pieces of it the harness drives. Loaded once per process. */
export interface Runtime {
  readonly simulate: Simulate
  readonly exparser: Exparser
  /** miniprogram-simulate's own partial `wx` mock: supplies the APIs a host's `wx` lacks. */
  readonly mockWx: Record<string, unknown>
  /** Node's `require` from this package, for miniprogram-simulate's own modules. */
  readonly require: NodeJS.Require
}

let runtime: Runtime | undefined

/**
 * Loads miniprogram-simulate (an optional peer dependency) on first use. It defines the global `Component`
 * and `Behavior` and puts its mock in `globalThis.wx`, which the caller replaces afterwards.
 */
export function loadRuntime(): Runtime {
  if (runtime) return runtime
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    throw new Error(
      "loadMiniProgram needs a DOM: run this test file in jsdom (Vitest: `test: { environment: 'jsdom' }` or a `// @vitest-environment jsdom` comment).",
    )
  }
  const require = createRequire(import.meta.url)
  let simulatePath: string
  try {
    simulatePath = require.resolve('miniprogram-simulate')
  } catch {
    throw new Error(
      'loadMiniProgram needs miniprogram-simulate: install it next to @mp-privacy/simulator (`pnpm add -D miniprogram-simulate@1.6.2`).',
    )
  }
  const g = globalThis as Record<string, unknown>
  const previousWx = g.wx
  delete g.wx
  const simulate = require(simulatePath) as Simulate
  const mockWx = (g.wx ?? {}) as Record<string, unknown>
  g.wx = previousWx
  const fromJComponent = createRequire(createRequire(simulatePath).resolve('j-component'))
  const exparser = fromJComponent('miniprogram-exparser') as Exparser
  fixSlotRename(fromJComponent('./src/render/render') as Render, exparser)
  fireReadyAfterLateAttach(exparser as unknown as LifetimeExparser, (node) =>
    exparser.Element.isAttached(node),
  )
  runtime = { simulate, exparser, mockWx, require }
  return runtime
}

type SlotNode = { __slotName?: string }
type Render = { updateAttrs: (node: SlotNode, attrs: Array<{ name: string; value: unknown }>) => void }

/**
 * j-component (miniprogram-simulate's renderer) patches a re-rendered tree in place: when a `wx:if` branch
 * holding `<slot name="loading"/>` is replaced by one holding `<slot/>`, it keeps the slot node and updates its
 * attributes but never tells exparser the slot was renamed, so the content stays in the old slot. WeChat
 * renders the new slot; exparser supports the rename (`Element.setSlotName`), so call it where j-component
 * forgets to. (uni-app compiles a guard's loading → content switch to exactly these two branches.)
 */
function fixSlotRename(render: Render, exparser: Exparser): void {
  const updateAttrs = render.updateAttrs
  render.updateAttrs = (node, attrs) => {
    updateAttrs(node, attrs)
    const name = attrs.find((attr) => attr.name === 'name')
    if (node.__slotName !== undefined && name) exparser.Element.setSlotName(node, String(name.value ?? ''))
  }
}

/** Privacy and scope APIs come from the host only: a missing one stays missing (H1, H2, H24). */
const hostOnly = new Set([
  'getPrivacySetting',
  'onNeedPrivacyAuthorization',
  'requirePrivacyAuthorize',
  'openPrivacyContract',
  'getSetting',
  'authorize',
  'openSetting',
])

/**
 * Mock APIs a launched app must not see: `preloadAssets` makes uni-app's runtime schedule a 3 s launch beacon
 * timer (an image on DCloud's CDN) that outlives the test.
 */
const mockHidden = new Set(['preloadAssets'])

/** Whether miniprogram-simulate's mock supplies `key`. */
function fromMock(mockWx: Record<string, unknown>, key: string): boolean {
  return !hostOnly.has(key) && !mockHidden.has(key) && Object.hasOwn(mockWx, key)
}

/** Whether the host itself (or a prototype of its own, not `Object.prototype`) has `key`. */
function hostHas(host: object, key: PropertyKey): boolean {
  for (let o: object | null = host; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    if (Object.hasOwn(o, key)) return true
  }
  return false
}

function keysOf(object: object): string[] {
  const keys = new Set<string>()
  for (let o: object | null = object; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) if (key !== 'constructor') keys.add(key)
  }
  return [...keys]
}

/**
 * The `wx` a launched mini program sees: the host's `wx` (its own and inherited APIs), then the harness's own
 * `extras`, then miniprogram-simulate's mock for other APIs (system info, storage, …), plus the properties the
 * app writes (e.g. webpack's `webpackJsonp`), which stay here and never reach the host. Host methods are bound
 * to the host's `wx`. `Object.prototype` members are this object's own, so `wx.hasOwnProperty(api)` tells
 * whether `wx` has the API, wherever the host keeps it (Taro asks it that way).
 */
export function createGlobalWx(
  hostWx: object,
  mockWx: Record<string, unknown>,
  extras: Record<string, unknown> = {},
): object {
  const own: Record<PropertyKey, unknown> = {}
  const host = hostWx as Record<PropertyKey, unknown>
  const bound = new Map<PropertyKey, { fn: unknown; bound: unknown }>()
  const source = (key: PropertyKey): Record<PropertyKey, unknown> | undefined => {
    if (Object.hasOwn(own, key)) return own
    if (hostHas(host, key)) return host
    if (Object.hasOwn(extras, key)) return extras
    if (typeof key === 'string' && fromMock(mockWx, key)) return mockWx
    return undefined
  }
  const read = (key: PropertyKey): unknown => {
    const from = source(key)
    if (!from) return Reflect.get(own, key)
    const value = from[key]
    if (from !== host || typeof value !== 'function') return value
    const cached = bound.get(key)
    if (cached?.fn === value) return cached.bound
    const fn = (value as (...args: unknown[]) => unknown).bind(host)
    bound.set(key, { fn: value, bound: fn })
    return fn
  }
  return new Proxy(own, {
    get: (_target, key) => read(key),
    has: (_target, key) => source(key) !== undefined || key in own,
    set: (_target, key, value) => {
      own[key] = value
      return true
    },
    deleteProperty: (_target, key) => delete own[key],
    ownKeys: () => {
      const keys = new Set<string | symbol>(Reflect.ownKeys(own))
      for (const key of keysOf(host)) keys.add(key)
      for (const key of Object.keys(extras)) keys.add(key)
      for (const key of Object.keys(mockWx)) if (fromMock(mockWx, key)) keys.add(key)
      return [...keys]
    },
    getOwnPropertyDescriptor: (_target, key) => {
      if (Object.hasOwn(own, key)) return Reflect.getOwnPropertyDescriptor(own, key)
      if (source(key) === undefined) return undefined
      return { value: read(key), writable: true, enumerable: true, configurable: true }
    },
  })
}
