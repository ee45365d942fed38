import type { ExparserElement, PageInstance, RenderedComponent, Runtime } from './runtime'

/** What a page needs from the mini program that opened it. */
export interface PageContext {
  readonly runtime: Runtime
  readonly tapAgree: ((buttonId?: string, options?: { openType?: string }) => object | null) | undefined
  readonly userTap: <T>(fn: () => T) => T
  readonly flush: () => Promise<void>
  readonly onUnload: (page: PageDriver) => void
}

/**
 * Where a page is in its life: WeChat calls `onShow`/`onHide` as it becomes visible or covered.
 *
 * @example
 * await app.switchTab('pages/profile/index')
 * expect(home.status).toBe('hidden')
 */
export type PageStatus = 'shown' | 'hidden' | 'unloaded'

/**
 * One `setData` call made by a page or by a custom component inside it (see `HarnessPage.renders`).
 *
 * @example
 * const render: HarnessRender = { bytes: 17, hidden: false } // setData({ status: 'agreed' }) on a visible page
 */
export interface HarnessRender {
  /** `JSON.stringify(data).length` of the `data` argument. */
  readonly bytes: number
  /** The page was hidden (after its `onHide`, until its next `onShow`) when `setData` ran. */
  readonly hidden: boolean
}

function describe(selector: string, route: string, text: string): string {
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text
  return `No node matches "${selector}" on ${route}. The page shows: "${shown}"`
}

/** Every element matching `selector` in the page, including inside nested custom components. */
function queryAll(root: ExparserElement, selector: string): ExparserElement[] {
  const found = new Set<ExparserElement>()
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const element = node as ExparserElement
    if (element.shadowRoot) {
      for (const match of element.shadowRoot.querySelectorAll(selector)) found.add(match)
      visit(element.shadowRoot)
    }
    for (const child of element.childNodes ?? []) visit(child)
  }
  visit(root)
  return [...found]
}

function attributeOf(node: ExparserElement, name: string): unknown {
  // The official compiler keeps attribute names camel-cased (`openType` for `open-type`).
  const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
  return node._vt?.attrs.find((attr) => attr.name === name || attr.name === camel)?.value
}

/** Drives one rendered page. The public face is `HarnessPage` in ../harness.ts. */
export class PageDriver {
  status: PageStatus = 'hidden'
  readonly renders: HarnessRender[]
  private shown = false
  private readonly container: HTMLElement

  constructor(
    readonly route: string,
    readonly query: Readonly<Record<string, string>>,
    private readonly component: RenderedComponent,
    private readonly context: PageContext,
    renders: HarnessRender[],
  ) {
    this.renders = renders
    this.container = document.createElement('div')
    document.body.appendChild(this.container)
    component.attach(this.container)
    const instance = component.instance
    instance.route = route
    instance.__route__ = route
    instance.options = { ...query }
  }

  get instance(): PageInstance {
    return this.component.instance
  }

  /** Whether the page is off screen after having been shown: `setData` now renders nothing the user sees. */
  get hidden(): boolean {
    return this.shown && this.status === 'hidden'
  }

  text(selector?: string): string {
    if (selector === undefined) return this.component.dom?.textContent ?? ''
    return this.node(selector).$$?.textContent ?? ''
  }

  html(): string {
    return this.component.dom?.innerHTML ?? ''
  }

  exists(selector: string): boolean {
    return queryAll(this.component._exparserNode, selector).length > 0
  }

  attribute(selector: string, name: string): unknown {
    return attributeOf(this.node(selector), name)
  }

  async trigger(selector: string, eventName: string, detail: object = {}): Promise<void> {
    const node = this.node(selector)
    this.dispatch(node, eventName, detail)
    await this.context.flush()
  }

  async tap(selector: string): Promise<void> {
    const node = this.node(selector)
    // H26: handlers of a tap may call openSetting, which WeChat allows only within the tap.
    this.context.userTap(() => this.dispatch(node, 'tap', { x: 0, y: 0 }))
    await this.context.flush()
  }

  async agree(selector: string): Promise<boolean> {
    // A component's id may also sit on its host node (uni-app): tap the node that is an agree button.
    const node =
      queryAll(this.component._exparserNode, selector).find((match) =>
        String(attributeOf(match, 'open-type') ?? '').includes('agreePrivacyAuthorization'),
      ) ?? this.node(selector)
    const { tapAgree } = this.context
    const openType = attributeOf(node, 'open-type')
    const fired = this.context.userTap(() => {
      // A finger fires the button's tap first (H17 [seen]: a resolve from there fails though consent is recorded).
      this.dispatch(node, 'tap', { x: 0, y: 0 })
      // H13/H17: the host records consent for this button id and says whether WeChat fires the event.
      const id = node.id || undefined
      const tapOptions = typeof openType === 'string' && openType ? { openType } : undefined
      const event = tapAgree ? tapAgree(id, tapOptions) : { detail: {} }
      if (event === null) return false
      const { detail } = event as { detail?: unknown }
      this.dispatch(node, 'agreeprivacyauthorization', detail && typeof detail === 'object' ? detail : {})
      return true
    })
    await this.context.flush()
    return fired
  }

  async input(selector: string, value: string): Promise<void> {
    await this.trigger(selector, 'input', { value, cursor: value.length, keyCode: 0 })
  }

  load(): void {
    this.call('onLoad', { ...this.query })
    this.show()
    this.call('onReady')
  }

  show(): void {
    this.assertLoaded('show')
    this.status = 'shown'
    this.shown = true
    this.call('onShow')
    this.component._exparserNode.triggerPageLifeTime('show', [])
  }

  hide(): void {
    this.assertLoaded('hide')
    this.status = 'hidden'
    this.call('onHide')
    this.component._exparserNode.triggerPageLifeTime('hide', [])
  }

  resize(size: { windowWidth: number; windowHeight: number }): void {
    this.assertLoaded('resize')
    const event = { size: { windowWidth: size.windowWidth, windowHeight: size.windowHeight } }
    this.call('onResize', event)
    this.component._exparserNode.triggerPageLifeTime('resize', [event])
  }

  unload(): void {
    this.assertLoaded('unload')
    this.status = 'unloaded'
    this.call('onUnload')
    this.detach()
    this.context.onUnload(this)
  }

  detach(): void {
    this.component.detach()
    this.container.remove()
  }

  private assertLoaded(action: string): void {
    if (this.status === 'unloaded') throw new Error(`Cannot ${action} ${this.route}: it was unloaded.`)
  }

  private call(lifecycle: string, ...args: unknown[]): void {
    const method = this.instance[lifecycle]
    if (typeof method === 'function') method.apply(this.instance, args)
  }

  private node(selector: string): ExparserElement {
    const node = queryAll(this.component._exparserNode, selector)[0]
    if (!node) throw new Error(describe(selector, this.route, this.text()))
    return node
  }

  private dispatch(node: ExparserElement, eventName: string, detail: object): void {
    if (eventName !== eventName.toLowerCase()) {
      throw new Error(
        `Event names are lower-case in mini programs ("${eventName.toLowerCase()}", not "${eventName}").`,
      )
    }
    // Like j-component's dispatchEvent, but synchronous, so that the handler runs inside `userTap`.
    const { exparser } = this.context.runtime
    const originalEvent = new CustomEvent(eventName, { detail })
    node.$$?.dispatchEvent(originalEvent)
    const event = exparser.Event.create(eventName, detail, {
      originalEvent,
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    })
    exparser.Event.dispatchEvent(node, event)
  }
}
