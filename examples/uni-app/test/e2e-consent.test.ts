import { expect, test } from 'vitest'
import { CONTRACT, launch, outcomes } from './helpers'

// What a page shows is asserted on `page.text()` (the rendered text): the markup a page passes into
// <PrivacyGuard> / <ScopeGuard> is a WXML slot, which stays in the page's tree (so `exists` finds it) even
// while the guard does not render it.

test('launch → prompt → agree → content: Home asks WeChat on launch and names the real privacy guide', async () => {
  const { sim, app } = await launch()

  const home = await app.open('pages/index/index')

  // Proactive flow: the guard asked getPrivacySetting (H6) and shows its prompt instead of the content.
  await app.waitFor(() => home.exists('#agree-btn'))
  expect(home.text('#mp-privacy-contract')).toBe(CONTRACT)
  expect(home.text()).toContain(`Before you continue, please read and agree to${CONTRACT}Agree`)
  expect(home.text()).not.toContain('Welcome')
  expect(outcomes(sim, 'getPrivacySetting')).toEqual(['getPrivacySetting:success'])

  expect(await home.agree('#agree-btn')).toBe(true)

  await app.waitFor(() => home.text().includes('Welcome'))
  expect(home.text()).toBe(`Welcomeconsent: agreedYou agreed to ${CONTRACT}`)
  expect(home.exists('#agree-btn')).toBe(false)
  expect(sim.state).toMatchObject({ agreed: true, tappedAgreeButtons: ['agree-btn'] })
})

test('launch when already agreed → no prompt: the content shows at once', async () => {
  const { sim, app } = await launch({ agreed: true })

  const home = await app.open('pages/index/index')

  await app.waitFor(() => home.text().includes('Welcome'))
  expect(home.text()).toBe(`Welcomeconsent: agreedYou agreed to ${CONTRACT}`)
  expect(home.exists('#agree-btn')).toBe(false)
  expect(home.exists('#privacy-popup')).toBe(false)
  expect(sim.calls.filter((call) => call.outcome === 'pending')).toEqual([])
})
