import { createPrivacyClient, type PrivacyClient, type PrivacyClientOptions } from '@mp-privacy/core'
import { createWechatSimulator, type Simulator, type SimulatorOptions } from '@mp-privacy/simulator'
import { cleanup, fireEvent, render } from '@testing-library/vue'
import { afterEach } from 'vitest'
import { type Component, nextTick } from 'vue'
import { createPrivacyPlugin } from '../src'
import { stubLifecycle } from './stubs/pages'

const clients: PrivacyClient[] = []
afterEach(() => {
  cleanup()
  for (const client of clients.splice(0)) client.destroy()
})

/** A simulated WeChat, a client on it, and `renderApp` rendering with `createPrivacyPlugin({ client, lifecycle })`. */
export function setup(simulator: SimulatorOptions = {}, options: Omit<PrivacyClientOptions, 'host'> = {}) {
  const sim = createWechatSimulator(simulator)
  const client = createPrivacyClient({ host: sim.wx, ...options })
  clients.push(client)
  return {
    sim,
    client,
    renderApp: (component: Component, props?: Record<string, unknown>) =>
      renderWith(client, component, props),
    /** Lets every simulated host callback and the renders it causes run. */
    settle: async () => {
      await sim.flush()
      await nextTick()
    },
  }
}

/**
 * Renders `component` in an app that has `createPrivacyPlugin({ client, lifecycle })` installed, `lifecycle`
 * being a stand-in of the frameworks' public page hooks (test/stubs/pages.ts).
 */
export function renderWith(client: PrivacyClient, component: Component, props?: Record<string, unknown>) {
  return render(component, {
    props,
    global: { plugins: [createPrivacyPlugin({ client, lifecycle: stubLifecycle })] },
  })
}

/** The user taps an agree button: WeChat records consent (H17) and fires its agree event, if it fires one. */
export function tapAgree(sim: Simulator, button: HTMLElement) {
  const event = sim.tapAgree(button.id, { openType: button.getAttribute('open-type') ?? '' })
  if (event) button.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { detail: event }))
}

/** The user taps a node: its `@tap` handler runs inside the tap, as WeChat's bindtap does (H26). */
export function tap(sim: Simulator, node: Element) {
  sim.userTap(() => node.dispatchEvent(new Event('tap')))
}

/** Fires a DOM event and waits for the re-render. */
export const fire = (node: Element, name: string) => fireEvent(node, new Event(name))

export { start } from '../../../scripts/start'

/** How many times WeChat's `api` was called. */
export const countCalls = (sim: Simulator, api: string) => sim.calls.filter((call) => call.api === api).length
