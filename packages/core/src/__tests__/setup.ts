import { createWechatSimulator, type SimulatorOptions } from '@mp-privacy/simulator'
import { afterEach } from 'vitest'
import { createPrivacyClient, type PrivacyClient, type PrivacyClientOptions } from '../index'

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

/** Starts a gated API the way app code does and records how it ends. */
export function start(
  call: (options: {
    success: () => void
    fail: (err: { errMsg: string; errno?: number }) => void
  }) => unknown,
) {
  const result: { outcome: 'pending' | 'success' | 'fail'; err?: { errMsg: string; errno?: number } } = {
    outcome: 'pending',
  }
  call({
    success: () => {
      result.outcome = 'success'
    },
    fail: (err) => {
      result.outcome = 'fail'
      result.err = err
    },
  })
  return result
}
