import { createSimulator, createWechatSimulator, type SimulatorOptions } from '@mp-privacy/simulator'
import { afterEach } from 'vitest'
import { createPrivacyClient, type PlatformId, type PrivacyClient, type PrivacyClientOptions } from '../index'

const clients: PrivacyClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

/** A simulated WeChat and a client installed on it, destroyed after the test. */
export function setup(simulator: SimulatorOptions = {}, options: Omit<PrivacyClientOptions, 'host'> = {}) {
  const sim = createWechatSimulator(simulator)
  const client = createPrivacyClient({ host: sim.wx, agreeButtonId: 'agree-btn', ...options })
  clients.push(client)
  return { sim, client }
}

/** A simulated host of `platform` and a client installed on it (`{ host, platform }`), destroyed after the test. */
export function setupOn(
  platform: PlatformId,
  simulator: SimulatorOptions = {},
  options: Omit<PrivacyClientOptions, 'host'> = {},
) {
  const sim = createSimulator({ ...simulator, platform })
  const client = createPrivacyClient({ host: sim.host, platform, agreeButtonId: 'agree-btn', ...options })
  clients.push(client)
  return { sim, client }
}

export { start } from '../../../../scripts/start'
