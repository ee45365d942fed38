import { expect, test } from 'vitest'
import { HERE, launch, outcomes } from './helpers'

test('H11: two simultaneous gated calls → one prompt; one agree settles both', async () => {
  const { sim, app } = await launch()
  const profile = await app.open('pages/profile/index')

  await profile.tap('#read-both-btn')

  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(profile.text('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')
  expect(outcomes(sim, 'getClipboardData', 'getLocation')).toEqual([
    'getClipboardData:pending',
    'getLocation:pending',
  ])

  expect(await profile.agree('#popup-agree-btn')).toBe(true)

  await app.waitFor(
    () =>
      profile.text('#clipboard') === 'clipboard: copied text' &&
      profile.text('#location') === `location: ${HERE}`,
  )
  expect(profile.exists('#privacy-popup')).toBe(false)
  expect(outcomes(sim, 'getClipboardData', 'getLocation')).toEqual([
    'getClipboardData:success',
    'getLocation:success',
  ])
})

test('H14: disagree → both calls fail and the page says why', async () => {
  const { sim, app } = await launch()
  const profile = await app.open('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#popup-disagree-btn'))

  await profile.tap('#popup-disagree-btn')

  await app.waitFor(
    () =>
      profile.text('#clipboard') ===
        'clipboard failed: DISAGREED: getClipboardData:fail privacy permission is not authorized' &&
      profile.text('#location') ===
        'location failed: DISAGREED: getLocation:fail privacy permission is not authorized',
  )
  expect(profile.exists('#privacy-popup')).toBe(false)
  expect(sim.state.agreed).toBe(false)
})

test('the prompt follows the visible tab: calls started on Profile are agreed to on Location', async () => {
  const { app } = await launch()
  const profile = await app.open('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.exists('#privacy-popup'))

  const location = await app.switchTab('pages/location/index')

  await app.waitFor(() => location.exists('#privacy-popup'))
  expect(location.text('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')
  await app.waitFor(() => location.text('#scope-status') === 'scope.userLocation: not-asked')

  const home = await app.switchTab('pages/index/index')
  await app.waitFor(() => home.exists('#privacy-popup'))
  expect(home.exists('#agree-btn')).toBe(false)

  await home.agree('#popup-agree-btn')
  await app.waitFor(() => !home.exists('#privacy-popup'))

  await app.switchTab('pages/profile/index')
  // Profile shows the results of its calls and, caught up on show, no longer the popup.
  await app.waitFor(
    () =>
      profile.text('#clipboard') === 'clipboard: copied text' &&
      profile.text('#location') === `location: ${HERE}` &&
      !profile.exists('#privacy-popup'),
  )
  // Hidden pages kept their last render (no setData for privacy changes while hidden) and caught up when shown
  // again. Profile is left out: the calls it made complete while it is hidden, and it renders their results.
  for (const page of [location, home]) expect(page.renders.filter((render) => render.hidden)).toEqual([])
})

test('H19: the nickname input appears only once requireConsent() resolves', async () => {
  const { app } = await launch()
  const profile = await app.open('pages/profile/index')

  await profile.tap('#nickname-btn')

  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(profile.text('#popup-referrers')).toBe('Waiting for your consent: requirePrivacyAuthorize')
  expect(profile.exists('#nickname-input')).toBe(false)

  await profile.agree('#popup-agree-btn')
  await app.waitFor(() => profile.exists('#nickname-input'))
  expect(profile.attribute('#nickname-input', 'type')).toBe('nickname')

  await profile.input('#nickname-input', 'Ada')
  await app.waitFor(() => profile.text('#nickname') === 'Ada')
})

test('H10: the avatar button before consent → the prompt names it; agree → the avatar is chosen', async () => {
  const { app, sim } = await launch()
  const profile = await app.open('pages/profile/index')

  // The user taps <Button openType="chooseAvatar">: WeChat runs the privacy gate before its own picker.
  const picked = sim.useComponent('button.chooseAvatar')

  await app.waitFor(() => profile.exists('#privacy-popup'))
  expect(profile.text('#popup-referrers')).toBe('Waiting for your consent: button.chooseAvatar')

  await profile.agree('#popup-agree-btn')
  expect(await picked).toMatchObject({ ok: true })
  await profile.trigger('#avatar-btn', 'chooseavatar', { avatarUrl: 'wxfile://tmp/avatar.png' })
  await app.waitFor(() => profile.exists('#avatar'))
  expect(profile.attribute('#avatar', 'src')).toBe('wxfile://tmp/avatar.png')
  expect(profile.exists('#privacy-popup')).toBe(false)
})
