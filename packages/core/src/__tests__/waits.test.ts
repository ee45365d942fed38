import { afterEach, describe, expect, test, vi } from 'vitest'
import { setup, start } from './setup'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

// No silent waits: a request nobody prompts for is reported (development) and settled after ownerTimeout.
describe('requests without a visible prompt', () => {
  test('are settled with disagree after the default ownerTimeout of 10 s', async () => {
    vi.useFakeTimers()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(9_999)
    expect(location.outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    await sim.flush()
    expect(location).toMatchObject({ outcome: 'fail', errno: 104 })
    expect(client.store.getState().pending).toEqual([])
  })

  test('ownerTimeout: Infinity waits for ever', async () => {
    vi.useFakeTimers()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup({}, { ownerTimeout: Number.POSITIVE_INFINITY })
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(7 * 24 * 3600 * 1000)
    expect(location.outcome).toBe('pending')
    expect(client.store.getState().pending).toHaveLength(1)
  })

  test('an invalid ownerTimeout is a TypeError that says what is accepted', () => {
    expect(() => setup({}, { ownerTimeout: -1 })).toThrowError(/ownerTimeout/)
    expect(() => setup({}, { ownerTimeout: Number.NaN })).toThrowError(TypeError)
  })

  test('the wait starts when the last visible prompt goes away (its page unloads), not before', async () => {
    vi.useFakeTimers()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup({}, { ownerTimeout: 5000 })
    const page = client.registerOwner('page')
    page.show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(location.outcome).toBe('pending')
    page.dispose()
    await vi.advanceTimersByTimeAsync(4_999)
    expect(location.outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    await sim.flush()
    expect(location.outcome).toBe('fail')
  })

  test('a new request does not restart the wait of an older one', async () => {
    vi.useFakeTimers()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim } = setup({}, { ownerTimeout: 5000 })
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(4_000)
    start((o) => sim.wx.getClipboardData(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(1_000)
    await sim.flush()
    expect(location.outcome).toBe('fail')
  })

  test('development: a console warning names the waiting API and the fix, once per request', async () => {
    vi.useFakeTimers()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim } = setup()
    start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(warn).toHaveBeenCalledTimes(1)
    const message = String(warn.mock.calls[0]?.[0])
    expect(message).toMatch(/getLocation/)
    expect(message).toMatch(/PrivacyGuard/)
    expect(message).toMatch(/usePrivacyPrompt/)
    expect(message).toMatch(/ownerTimeout/)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  test('no warning when a prompt shows the request (a tab switch hides one page and shows another)', async () => {
    vi.useFakeTimers()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { sim, client } = setup()
    const profile = client.registerOwner('profile')
    const home = client.registerOwner('home')
    profile.show()
    start((o) => sim.wx.getLocation(o))
    await sim.flush()
    profile.hide()
    home.show()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(warn).not.toHaveBeenCalled()
  })
})
