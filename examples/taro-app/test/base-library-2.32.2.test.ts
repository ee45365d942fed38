import { expect, test } from 'vitest'
import { HERE, launch } from './helpers'

// H2: below 2.32.3 the privacy APIs are absent and nothing is gated. One base library per file: Taro reads
// which wx APIs exist when app.js loads.
test('H2: base library 2.32.2 → no prompt anywhere, and every feature works', async () => {
  const { sim, app } = await launch({ baseLibrary: '2.32.2' })

  const home = await app.open('pages/index/index')
  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: unsupported')
  expect(home.text('#contract-name')).toBe('This WeChat has no privacy gate')
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
  await app.waitFor(() => location.text('#current-location') === `You are at ${HERE}`)

  for (const page of [home, profile, location]) expect(page.exists('#privacy-popup')).toBe(false)
  expect(sim.state.listenerRegistered).toBe(false)
})
