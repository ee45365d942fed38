import { expect, test } from 'vitest'
import { HERE, launch } from './helpers'

// H2: below 2.32.3 the privacy APIs are absent and nothing is gated. In a file of its own, like the Taro
// example's (one base library per launch of the compiled vendor code).
test('H2: base library 2.32.2 → no prompt anywhere, and every feature works', async () => {
  const { sim, app } = await launch({ baseLibrary: '2.32.2' })

  const home = await app.open('pages/index/index')
  await app.waitFor(() => home.text().includes('Welcome'))
  expect(home.text()).toBe('Welcomeconsent: unsupportedThis WeChat has no privacy gate')
  expect(home.exists('#agree-btn')).toBe(false)

  const profile = await app.switchTab('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(
    () =>
      profile.text('#clipboard') === 'clipboard: copied text' &&
      profile.text('#location') === `location: ${HERE}`,
  )
  await profile.tap('#nickname-btn')
  await app.waitFor(() => profile.exists('#nickname-input'))

  const location = await app.switchTab('pages/location/index')
  await app.waitFor(() => location.text().includes(`You are at ${HERE}`))

  for (const page of [home, profile, location]) expect(page.exists('#privacy-popup')).toBe(false)
  expect(sim.state.listenerRegistered).toBe(false)
})
