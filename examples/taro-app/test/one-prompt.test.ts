import { expect, test } from 'vitest'
import { HERE, launch, outcomes } from './helpers'

/** The agree buttons a page shows: `<PrivacyGuard>`'s and the popup's. */
const AGREE_BUTTONS = ['#agree-btn', '#popup-agree-btn']

test('one prompt per page: calls pending from Profile, switch to Home → one agree button; one agree settles all', async () => {
  const { sim, app } = await launch()
  const home = await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#agree-btn'))
  // Nothing pending: the guard asks for consent, the popup stays closed.
  expect(AGREE_BUTTONS.filter((button) => home.exists(button))).toEqual(['#agree-btn'])

  const profile = await app.switchTab('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(AGREE_BUTTONS.filter((button) => profile.exists(button))).toEqual(['#popup-agree-btn'])

  await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#privacy-popup'))
  // Calls pending: the popup shows them; the guard yields its prompt.
  expect(AGREE_BUTTONS.filter((button) => home.exists(button))).toEqual(['#popup-agree-btn'])
  expect(home.text('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')

  expect(await home.agree('#popup-agree-btn')).toBe(true)
  await app.waitFor(() => home.exists('#home-content'))
  expect(AGREE_BUTTONS.filter((button) => home.exists(button))).toEqual([])
  await app.waitFor(() => sim.state.pendingPrivacy === 0)
  expect(outcomes(sim, 'getClipboardData', 'getLocation')).toEqual([
    'getClipboardData:success',
    'getLocation:success',
  ])

  // Back on Profile: its results, and (caught up on show) no agree button.
  await app.switchTab('pages/profile/index')
  await app.waitFor(
    () =>
      profile.text('#location') === `location: ${HERE}` &&
      AGREE_BUTTONS.every((button) => !profile.exists(button)),
  )
})

test('hidden pages do not re-render on privacy changes and catch up on show', async () => {
  const { sim, app } = await launch()
  const home = await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#agree-btn'))
  const location = await app.switchTab('pages/location/index')
  // Let every render Location started while visible land before it hides.
  await app.waitFor(() => location.text('#scope-status') === 'scope.userLocation: not-asked')
  const profile = await app.switchTab('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#privacy-popup'))
  const before = profile.renders.length

  await profile.agree('#popup-agree-btn')
  await app.waitFor(
    () =>
      profile.text('#clipboard') === 'clipboard: copied text' &&
      profile.text('#location') === `location: ${HERE}`,
  )
  await app.waitFor(() => !profile.exists('#privacy-popup'))
  await sim.flush()

  // Home and Location were hidden the whole time: not one setData.
  expect(
    home.renders.filter((render) => render.hidden),
    'Home',
  ).toEqual([])
  expect(
    location.renders.filter((render) => render.hidden),
    'Location',
  ).toEqual([])
  // The visible page: the popup closes (≈ 0.9 kB) and both answers show (≈ 0.1 kB) — in one or two setData
  // calls, as Taro's render timer batches them with the host's answers.
  const agreed = profile.renders.slice(before)
  expect(agreed.length).toBeGreaterThanOrEqual(1)
  expect(agreed.length).toBeLessThanOrEqual(2)
  expect(agreed.every((render) => !render.hidden)).toBe(true)
  expect(agreed.reduce((bytes, render) => bytes + render.bytes, 0)).toBeLessThanOrEqual(1200)

  // Home catches up when it shows: the content replaces the prompt.
  const homeBefore = home.renders.length
  await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: agreed')
  // One catch-up render (≈ 0.4 kB: what was sent to hidden Home before).
  expect(home.renders.slice(homeBefore).map((render) => render.hidden)).toEqual([false])
})
