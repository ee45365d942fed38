import { expect, test } from 'vitest'
import { CONTRACT, HERE, launchOn, outcomes } from './helpers'

// The same page code as the WeChat tests, on a simulated Douyin (tt): see launchOn for what is simulated.

test('H30, H31: launch → prompt → agree → content, on Douyin', async () => {
  const { sim, app } = await launchOn('tt')
  const home = await app.open('pages/index/index')
  await app.waitFor(() => home.exists('#agree-btn'))
  expect(home.text('#mp-privacy-contract')).toBe(CONTRACT)
  expect(outcomes(sim, 'getPrivacySetting')).toEqual(['getPrivacySetting:success'])

  expect(await home.agree('#agree-btn')).toBe(true)

  await app.waitFor(() => home.exists('#home-content'))
  expect(home.text('#consent-status')).toBe('consent: agreed')
  expect(home.text('#contract-name')).toBe(`You agreed to ${CONTRACT}`)
  expect(sim.state.agreed).toBe(true)
})

test('H10, H11: two gated calls on Douyin → one prompt; one agree settles both', async () => {
  const { sim, app } = await launchOn('tt')
  const profile = await app.open('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(profile.text('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')

  expect(await profile.agree('#popup-agree-btn')).toBe(true)

  await app.waitFor(
    () =>
      profile.text('#clipboard') === 'clipboard: copied text' &&
      profile.text('#location') === `location: ${HERE}`,
  )
  expect(sim.state.pendingPrivacy).toBe(0)
  expect(outcomes(sim, 'getClipboardData', 'getLocation')).toEqual([
    'getClipboardData:success',
    'getLocation:success',
  ])
})

test('H33: a denied location on Douyin → Settings (the user turns it on) → the location shows, no reload', async () => {
  const { sim, app } = await launchOn('tt', {
    agreed: true,
    authSetting: { 'scope.userLocation': false },
    settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
  })
  const location = await app.open('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
  expect(location.text('#scope-status')).toBe('scope.userLocation: denied')

  await location.tap('#mp-privacy-open-settings')

  await app.waitFor(() => location.text('#current-location') === `You are at ${HERE}`)
  expect(location.text('#scope-status')).toBe('scope.userLocation: granted')
  expect(sim.state.authSetting).toEqual({ 'scope.userLocation': true })
  expect(app.pages).toEqual([location])
})
