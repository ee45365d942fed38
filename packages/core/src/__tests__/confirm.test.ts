import { afterEach, describe, expect, test, vi } from 'vitest'
import { setup, start } from './setup'

afterEach(() => {
  vi.restoreAllMocks()
})

// The store never claims consent WeChat has not recorded (H13, H17).
describe('agree is confirmed with WeChat', () => {
  test('agree() without the agree event (a plain tap): the calls fail 104 and consent stays required', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    client.agree('agree-btn') // no sim.tapAgree: WeChat saw no agree event
    await sim.flush()
    expect(location).toMatchObject({ outcome: 'fail', errno: 104 })
    expect(sim.state.agreed).toBe(false)
    expect(client.store.getState().consent.status).toBe('required')
  })

  test('development: agree() without an agree event warns with the fix', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup()
    await client.refresh()
    client.agree('agree-btn')
    await sim.flush()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/agreeprivacyauthorization/)
  })

  test('agree() after the agree event reads agreed once WeChat confirms it, with no warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup()
    client.registerOwner('page').show()
    await client.refresh()
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(sim.calls.filter((call) => call.api === 'getPrivacySetting')).toHaveLength(2)
    expect(warn).not.toHaveBeenCalled()
  })

  test('a getPrivacySetting that started before the agree does not undo it', async () => {
    const { sim, client } = setup()
    await client.refresh()
    const older = client.refresh() // in flight: will answer needAuthorization: true
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await older
    await sim.flush()
    expect(client.store.getState().consent.status).toBe('agreed')
  })
})
