/**
 * Component lifetimes as WeChat fires them for components created after their page is attached.
 * @module
 */

/** A component node of exparser, as far as lifetimes go. */
interface LifetimeNode {
  readonly childNodes: readonly unknown[]
  readonly shadowRoot?: unknown
  triggerLifeTime(name: 'ready', args?: unknown[]): void
}

/**
 * The pieces of exparser this module patches and reads.
 *
 * @example
 * const exparser = fromJComponent('miniprogram-exparser') as LifetimeExparser
 */
export interface LifetimeExparser {
  registerElement: (definition: Record<string, unknown>) => unknown
  Component: abstract new (...args: never[]) => object
  Element: abstract new (...args: never[]) => object
}

type Lifetime = (this: unknown, ...args: unknown[]) => unknown

/**
 * WeChat fires `attached` and then `ready` for every custom component instance that enters the page's node
 * tree — also one that a `wx:if` creates long after the page rendered — and `detached` when it leaves
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/lifetimes.html). Exparser fires
 * `attached` and `detached` on insertion and removal, but j-component fires `ready` only once, for the tree that
 * is there when the page is attached. uni-app mounts a Vue component (`onMounted`) in `ready`, so a `v-if`
 * child would never mount.
 *
 * This wraps every registered component's own `attached` and `ready`: a component that gets attached and has
 * had no `ready` when the render that attached it returns gets it a microtask later, children before their
 * parent and siblings in document order. WeChat's docs state no order between components; this is the order
 * j-component uses for the first render, so a component shown later behaves like one shown at once. A component
 * whose `ready` j-component already fired (everything present when the page attaches) is never fired twice, and
 * one detached before its turn is skipped. Call it once, before any component is registered.
 *
 * @example
 * fireReadyAfterLateAttach(exparser, (node) => exparser.Element.isAttached(node))
 */
export function fireReadyAfterLateAttach(
  exparser: LifetimeExparser,
  isAttached: (node: object) => boolean,
): void {
  const readied = new WeakSet<object>()
  let pending: object[] = []
  let scheduled = false

  // j-component's method caller (a lifetime's `this`) inherits from the node and keeps it as `_exparserNode`.
  const nodeOf = (caller: unknown): object | undefined => {
    const node = (caller as { _exparserNode?: unknown } | null)?._exparserNode ?? caller
    return node instanceof exparser.Component ? node : undefined
  }

  const visitBottomUp = (node: unknown, fire: (component: LifetimeNode) => void): void => {
    if (!(node instanceof exparser.Element)) return
    const element = node as unknown as LifetimeNode
    if (node instanceof exparser.Component && element.shadowRoot) visitBottomUp(element.shadowRoot, fire)
    if (node instanceof exparser.Component) fire(element)
    for (const child of element.childNodes) visitBottomUp(child, fire)
  }

  const flush = (): void => {
    scheduled = false
    const batch = new Set(pending)
    pending = []
    for (const root of batch) {
      if (readied.has(root) || !isAttached(root)) continue
      visitBottomUp(root, (component) => {
        if (batch.has(component) && !readied.has(component) && isAttached(component)) {
          component.triggerLifeTime('ready', [])
        }
      })
    }
  }

  const onAttached = (caller: unknown): void => {
    const node = nodeOf(caller)
    if (!node || readied.has(node)) return
    pending.push(node)
    if (!scheduled) {
      scheduled = true
      queueMicrotask(flush)
    }
  }

  const onReady = (caller: unknown): void => {
    const node = nodeOf(caller)
    if (node) readied.add(node)
  }

  const wrap = (own: unknown, before: (caller: unknown) => void): Lifetime =>
    function (this: unknown, ...args: unknown[]): unknown {
      before(this)
      return typeof own === 'function' ? (own as Lifetime).apply(this, args) : undefined
    }

  const registerElement = exparser.registerElement
  exparser.registerElement = (definition) => {
    // `lifetimes` wins over the top-level `attached` / `ready` (WeChat's rule, and exparser's).
    const lifetimes = (definition.lifetimes ?? {}) as Record<string, unknown>
    return registerElement.call(exparser, {
      ...definition,
      lifetimes: {
        ...lifetimes,
        attached: wrap(lifetimes.attached ?? definition.attached, onAttached),
        ready: wrap(lifetimes.ready ?? definition.ready, onReady),
      },
    })
  }
}
