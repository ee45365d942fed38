import { expect, test } from 'vitest'
import { HERE, launch, outcomes, POPUP_AGREE_BUTTON } from './helpers'

/** The agree buttons a page shows: `<PrivacyGuard>`'s (`<AgreeButton>` with the default id) and the popup's. */
const AGREE_BUTTONS = ['#agree-btn', POPUP_AGREE_BUTTON]

test('one prompt per page: calls pending from Profile, switch to Home → one agree button; one agree settles all', async () => {
  const { sim, app } = await launch()
  const home = await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#agree-btn'))
  // Nothing pending: the guard asks for consent, the popup stays closed.
  expect(AGREE_BUTTONS.filter((button) => home.exists(button))).toEqual(['#agree-btn'])

  const profile = await app.switchTab('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(AGREE_BUTTONS.filter((button) => profile.exists(button))).toEqual([POPUP_AGREE_BUTTON])

  await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#privacy-popup'))
  // Calls pending: the popup shows them; the guard yields its prompt.
  expect(AGREE_BUTTONS.filter((button) => home.exists(button))).toEqual([POPUP_AGREE_BUTTON])
  expect(home.text('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')

  expect(await home.agree(POPUP_AGREE_BUTTON)).toBe(true)
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

  await profile.agree(POPUP_AGREE_BUTTON)
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
  // The visible page: uni-app sends only what changed — the popup closes, then each answer shows: 3 small setData.
  const agreed = profile.renders.slice(before)
  expect(agreed.map((render) => render.hidden)).toEqual([false, false, false])
  expect(agreed.reduce((bytes, render) => bytes + render.bytes, 0)).toBeLessThanOrEqual(200)

  // Home catches up when it shows: the content replaces the prompt.
  const homeBefore = home.renders.length
  await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: agreed')
  // The catch-up: each component of the page sends its own small setData (measured: 5 calls, 124 bytes).
  const caughtUp = home.renders.slice(homeBefore)
  expect(caughtUp.every((render) => !render.hidden)).toBe(true)
  expect(caughtUp.length).toBeLessThanOrEqual(5)
  expect(caughtUp.reduce((bytes, render) => bytes + render.bytes, 0)).toBeLessThanOrEqual(200)
})
