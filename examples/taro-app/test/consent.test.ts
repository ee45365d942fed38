import { expect, test } from 'vitest'
import { CONTRACT, launch, outcomes } from './helpers'

test('launch → prompt → agree → content: Home asks WeChat on launch and names the real privacy guide', async () => {
  const { sim, app } = await launch()

  const home = await app.open('pages/index/index')

  // Proactive flow: the guard asked getPrivacySetting (H6) and shows its prompt instead of the content.
  await app.waitFor(() => home.exists('#agree-btn'))
  expect(home.text('#mp-privacy-contract')).toBe(CONTRACT)
  expect(home.exists('#home-content')).toBe(false)
  expect(outcomes(sim, 'getPrivacySetting')).toEqual(['getPrivacySetting:success'])

  expect(await home.agree('#agree-btn')).toBe(true)

  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: agreed')
  expect(home.text('#contract-name')).toBe(`You agreed to ${CONTRACT}`)
  expect(home.exists('#agree-btn')).toBe(false)
  expect(sim.state.agreed).toBe(true)
})

test('launch when already agreed → no prompt: the content shows at once', async () => {
  const { sim, app } = await launch({ agreed: true })

  const home = await app.open('pages/index/index')

  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: agreed')
  expect(home.exists('#agree-btn')).toBe(false)
  expect(home.exists('#privacy-popup')).toBe(false)
  expect(sim.calls.filter((call) => call.outcome === 'pending')).toEqual([])
})
