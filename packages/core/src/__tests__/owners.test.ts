import { afterEach, describe, expect, test, vi } from 'vitest'
import { isPromptVisible } from '../index'
import { setup, start } from './setup'

afterEach(() => {
  vi.useRealTimers()
})

describe('prompt owners', () => {
  test('the prompt belongs to the visible owner shown most recently', () => {
    const { client } = setup()
    const index = client.registerOwner('index')
    const profile = client.registerOwner('profile')
    expect(client.store.getState().prompt.ownerId).toBeNull()
    index.show()
    expect(client.store.getState().prompt.ownerId).toBe('index')
    profile.show()
    expect(client.store.getState().prompt.ownerId).toBe('profile')
    index.show()
    expect(client.store.getState().prompt.ownerId).toBe('index')
  })

  test('when the owner hides or is disposed the prompt moves to the next visible owner', () => {
    const { client } = setup()
    const index = client.registerOwner('index')
    const profile = client.registerOwner('profile')
    index.show()
    profile.show()
    profile.hide()
    expect(client.store.getState().prompt.ownerId).toBe('index')
    profile.show()
    profile.dispose()
    expect(client.store.getState().prompt.ownerId).toBe('index')
    index.hide()
    expect(client.store.getState().prompt.ownerId).toBeNull()
    profile.show()
    expect(client.store.getState().prompt.ownerId).toBeNull()
  })

  test('H11: requests made while no owner is visible wait for one, then show there', async () => {
    const { sim, client } = setup()
    const page = client.registerOwner('page')
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    expect(isPromptVisible(client.store.getState(), 'page')).toBe(false)
    expect(location.outcome).toBe('pending')
    page.show()
    expect(isPromptVisible(client.store.getState(), 'page')).toBe(true)
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect(location.outcome).toBe('success')
  })

  test('a page hiding does not drop its pending request: the prompt follows the visible tab', async () => {
    const { sim, client } = setup()
    const index = client.registerOwner('index')
    const profile = client.registerOwner('profile')
    profile.show()
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    await sim.flush()
    expect(isPromptVisible(client.store.getState(), 'profile')).toBe(true)
    profile.hide()
    index.show()
    expect(isPromptVisible(client.store.getState(), 'profile')).toBe(false)
    expect(isPromptVisible(client.store.getState(), 'index')).toBe(true)
    expect(clipboard.outcome).toBe('pending')
    client.disagree()
    await sim.flush()
    expect(clipboard.outcome).toBe('fail')
  })

  test('ownerTimeout settles requests with disagree when no owner shows in time', async () => {
    vi.useFakeTimers()
    const { sim, client } = setup({}, { ownerTimeout: 5000 })
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(4999)
    expect(location.outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    await sim.flush()
    expect(location.outcome).toBe('fail')
    expect(client.store.getState().pending).toEqual([])
  })

  test('ownerTimeout does not fire while an owner is visible', async () => {
    vi.useFakeTimers()
    const { sim, client } = setup({}, { ownerTimeout: 5000 })
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(location.outcome).toBe('pending')
  })

  test('without ownerTimeout requests are never dropped silently', async () => {
    vi.useFakeTimers()
    const { sim, client } = setup()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    await vi.advanceTimersByTimeAsync(24 * 3600 * 1000)
    expect(location.outcome).toBe('pending')
    expect(client.store.getState().pending).toHaveLength(1)
  })

  test('owner ids are unique, and one is made up when omitted', () => {
    const { client } = setup()
    const a = client.registerOwner()
    const b = client.registerOwner()
    expect(a.id).not.toBe(b.id)
    client.registerOwner('page')
    expect(() => client.registerOwner('page')).toThrowError(TypeError)
  })
})
