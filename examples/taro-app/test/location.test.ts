import { expect, test } from 'vitest'
import { HERE, launch, outcomes } from './helpers'

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
  const location = await app.open('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
  expect(location.text('#scope-status')).toBe('scope.userLocation: denied')
  expect(location.exists('#current-location')).toBe(false)

  await location.tap('#mp-privacy-open-settings')

  await app.waitFor(() => location.text('#current-location') === `You are at ${HERE}`)
  expect(location.text('#scope-status')).toBe('scope.userLocation: granted')
  // The scope was read again after Settings closed; the page stayed the same page.
  expect(outcomes(sim, 'openSetting', 'getSetting').slice(-2)).toEqual([
    'openSetting:success',
    'getSetting:success',
  ])
  expect(app.pages).toEqual([location])
})

test('fresh user: "Use my location" → consent prompt → agree → permission popup → location shown', async () => {
  const { sim, app } = await launch()
  const location = await app.open('pages/location/index')
  // The scope is read after the first render: wait for the answer, not only for the button.
  await app.waitFor(() => location.text('#scope-status') === 'scope.userLocation: not-asked')
  expect(location.exists('#mp-privacy-request')).toBe(true)

  await location.tap('#mp-privacy-request')

  await app.waitFor(() => location.exists('#privacy-popup'))
  await location.agree('#popup-agree-btn')
  await app.waitFor(() => location.text('#current-location') === `You are at ${HERE}`)
  expect(sim.state.authSetting).toEqual({ 'scope.userLocation': true })
})

test('H25: denying the permission popup offers Settings; turning it on there shows the location', async () => {
  const { app } = await launch({ agreed: true, authorizePopup: 'deny', settings: turnLocationOn })
  const location = await app.open('pages/location/index')
  await app.waitFor(() => location.exists('#mp-privacy-request'))

  await location.tap('#mp-privacy-request')

  await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
  expect(location.text('#scope-status')).toBe('scope.userLocation: denied')

  await location.tap('#mp-privacy-open-settings')
  await app.waitFor(() => location.text('#current-location') === `You are at ${HERE}`)
})
