import { expect, test } from 'vitest'
import { HERE, launch, outcomes, POPUP_AGREE_BUTTON } from './helpers'

const turnLocationOn = (authSetting: Record<string, boolean>) => ({
  ...authSetting,
  'scope.userLocation': true,
})

test('H25, H26: denied location → Settings (the user turns it on) → re-query → location shown, no reload', async () => {
  const { sim, app } = await launch({
    agreed: true,
    authSetting: { 'scope.userLocation': false },
    settings: turnLocationOn,
  })
  const location = await app.switchTab('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
  expect(location.text()).toBe('Where am I?scope.userLocation: deniedOpen Settings')

  // ScopeGuard's button carries data-eventsync="true", so openSetting runs inside the tap (H26).
  await location.tap('#mp-privacy-open-settings')

  await app.waitFor(() => location.text().includes(`You are at ${HERE}`))
  expect(location.text()).toBe(`Where am I?scope.userLocation: grantedYou are at ${HERE}`)
  // The scope was read again after Settings closed; the page stayed the same page.
  expect(outcomes(sim, 'openSetting', 'getSetting').slice(-2)).toEqual([
    'openSetting:success',
    'getSetting:success',
  ])
  expect(app.pages).toEqual([location])
})

test('fresh user: "Use my location" → consent prompt → agree → permission popup → location shown', async () => {
  const { sim, app } = await launch()
  const location = await app.switchTab('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-request'))
  expect(location.text()).toBe('Where am I?scope.userLocation: not-askedUse my location')

  await location.tap('#mp-privacy-request')

  await app.waitFor(() => location.exists('#privacy-popup'))
  expect(location.text('#popup-referrers')).toBe('Waiting for your consent: requirePrivacyAuthorize')
  await location.agree(POPUP_AGREE_BUTTON)
  await app.waitFor(() => location.text().includes(`You are at ${HERE}`))
  expect(sim.state.authSetting).toEqual({ 'scope.userLocation': true })
})

test('H25: denying the permission popup offers Settings; turning it on there shows the location', async () => {
  const { app } = await launch({ agreed: true, authorizePopup: 'deny', settings: turnLocationOn })
  const location = await app.switchTab('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-request'))

  await location.tap('#mp-privacy-request')

  await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
  expect(location.text('#scope-status')).toBe('scope.userLocation: denied')
  expect(location.text()).not.toContain('You are at')

  await location.tap('#mp-privacy-open-settings')
  await app.waitFor(() => location.text().includes(`You are at ${HERE}`))
})
