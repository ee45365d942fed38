import {
  createPrivacyClient,
  type PlatformId,
  type PrivacyClient,
  type PrivacyClientOptions,
} from '@mp-privacy/core'
import { createSimulator, type Simulator, type SimulatorOptions } from '@mp-privacy/simulator'
import { act, cleanup, fireEvent, type RenderResult, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach } from 'vitest'
import { PrivacyProvider } from '../src'

const clients: PrivacyClient[] = []
afterEach(() => {
  cleanup()
  for (const client of clients.splice(0)) client.destroy()
})

/**
 * A simulated host (WeChat unless `platform` says Douyin or Alipay), a client on it, and `renderApp` rendering
 * inside `<PrivacyProvider client>`.
 */
export function setup(
  simulator: SimulatorOptions = {},
  options: Omit<PrivacyClientOptions, 'host'> = {},
  platform: PlatformId = 'weapp',
) {
  const sim = createSimulator({ ...simulator, platform })
  const client = createPrivacyClient({ host: sim.host, platform, ...options })
  clients.push(client)
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <PrivacyProvider client={client}>{children}</PrivacyProvider>
  )
  return {
    sim,
    client,
    renderApp: (ui: ReactNode): RenderResult => render(ui, { wrapper }),
    /** Lets every simulated host callback and the renders it causes run. */
    settle: () => act(() => sim.flush()),
  }
}

/** The user taps an agree button: WeChat records consent (H17) and fires its agree event, if it fires one. */
export function tapAgree(sim: Simulator, button: HTMLElement) {
  const event = sim.tapAgree(button.id, { openType: button.dataset.openType ?? '' })
  if (event) fireEvent(button, new CustomEvent('agreeprivacyauthorization', { detail: event }))
}

/** The user taps a button: its click handler runs inside the tap, as WeChat's bindtap does (H26). */
export function tap(sim: Simulator, button: HTMLElement) {
  sim.userTap(() => fireEvent.click(button))
}

export { start } from '../../../scripts/start'

/** How many times WeChat's `api` was called. */
export const countCalls = (sim: Simulator, api: string) => sim.calls.filter((call) => call.api === api).length
