import { describe, expect, test } from 'vitest'
import { isPromptVisible } from '../index'
import { setup, start } from './setup'

// One agree prompt per page: core names the one owner that shows it (state.prompt), whatever mix of guards
// (kind 'guard': may prompt while consent is required, nothing pending) and popups (kind 'popup') a page has.
describe('one prompt per page', () => {
  test('a guard alone on the page prompts while consent is required, with nothing pending', async () => {
    const { client } = setup()
    const guard = client.registerOwner('guard', { kind: 'guard' })
    guard.show()
    await client.refresh()
    expect(client.store.getState().prompt).toEqual({ ownerId: 'guard', visible: true })
    expect(isPromptVisible(client.store.getState(), 'guard')).toBe(true)
  })

  test('a popup does not prompt with nothing pending; a guard on the same page does', async () => {
    const { client } = setup()
    client.registerOwner('popup').show()
    client.registerOwner('guard', { kind: 'guard' }).show()
    await client.refresh()
    const state = client.store.getState()
    expect(isPromptVisible(state, 'popup')).toBe(false)
    expect(isPromptVisible(state, 'guard')).toBe(true)
  })

  test('pending requests: the popup prompts and the guard on the same page yields, whatever the show order', async () => {
    for (const order of [
      ['guard', 'popup'],
      ['popup', 'guard'],
    ]) {
      const { sim, client } = setup()
      const owners = {
        guard: client.registerOwner('guard', { kind: 'guard' }),
        popup: client.registerOwner('popup'),
      }
      for (const id of order) owners[id as 'guard' | 'popup'].show()
      start((o) => sim.wx.getLocation(o))
      await sim.flush()
      const state = client.store.getState()
      const prompting = ['guard', 'popup'].filter((id) => isPromptVisible(state, id))
      expect(prompting).toEqual(['popup'])
    }
  })

  test('two guards on one page: exactly one prompts', async () => {
    const { client } = setup()
    client.registerOwner('a', { kind: 'guard' }).show()
    client.registerOwner('b', { kind: 'guard' }).show()
    await client.refresh()
    const state = client.store.getState()
    expect(['a', 'b'].filter((id) => isPromptVisible(state, id))).toHaveLength(1)
  })

  test('a guard prompts for pending requests when its page has no popup, and reports exposure (H12)', async () => {
    const { sim, client } = setup()
    client.registerOwner('guard', { kind: 'guard' }).show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    expect(isPromptVisible(client.store.getState(), 'guard')).toBe(true)
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect(location.outcome).toBe('success')
  })

  test('no prompt once consent is agreed', async () => {
    const { client } = setup({ agreed: true })
    client.registerOwner('guard', { kind: 'guard' }).show()
    await client.refresh()
    expect(client.store.getState().prompt.visible).toBe(false)
  })

  test('the owner tells its kind; popup is the default', () => {
    const { client } = setup()
    expect(client.registerOwner().kind).toBe('popup')
    expect(client.registerOwner(undefined, { kind: 'guard' }).kind).toBe('guard')
  })
})
