import { describe, expect, test } from 'vitest'
import { CONTRACT, HERE, launchOn, outcomes, POPUP_AGREE_BUTTON } from './helpers'

// The same page code as the WeChat tests, on a simulated Douyin (tt) and Alipay (my): see launchOn for what is
// simulated. Alipay's getSetting keys have no scope. prefix (H38), and once agreed its getPrivacySetting gives no
// privacyContractName (H36): the page's own fallback shows.
const platforms = [
  {
    platform: 'tt',
    name: 'Douyin',
    launchRules: 'H30, H31',
    settingsRule: 'H33',
    contract: CONTRACT,
    locationKey: 'scope.userLocation',
  },
  {
    platform: 'alipay',
    name: 'Alipay',
    launchRules: 'H35, H37',
    settingsRule: 'H38',
    contract: 'the privacy guide',
    locationKey: 'location',
  },
] as const

describe.each(platforms)('$name', ({ platform, name, launchRules, settingsRule, contract, locationKey }) => {
  test(`${launchRules}: launch → prompt → agree → content, on ${name}`, async () => {
    const { sim, app } = await launchOn(platform)
    const home = await app.open('pages/index/index')
    await app.waitFor(() => home.exists('#agree-btn'))
    expect(home.text('#mp-privacy-contract')).toBe(CONTRACT)
    expect(outcomes(sim, 'getPrivacySetting')).toEqual(['getPrivacySetting:success'])

    expect(await home.agree('#agree-btn')).toBe(true)

    await app.waitFor(() => home.text().includes('Welcome'))
    expect(home.text()).toBe(`Welcomeconsent: agreedYou agreed to ${contract}`)
    expect(sim.state.agreed).toBe(true)
  })

  test(`H10, H11: two gated calls on ${name} → one prompt; one agree settles both`, async () => {
    const { sim, app } = await launchOn(platform)
    const profile = await app.switchTab('pages/profile/index')
    await profile.tap('#read-both-btn')
    await app.waitFor(() => profile.exists('#privacy-popup'))

    expect(await profile.agree(POPUP_AGREE_BUTTON)).toBe(true)

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

  test(`${settingsRule}: a denied location on ${name} → Settings (the user turns it on) → the location shows, no reload`, async () => {
    const { sim, app } = await launchOn(platform, {
      agreed: true,
      authSetting: { [locationKey]: false },
      settings: (authSetting) => ({ ...authSetting, [locationKey]: true }),
    })
    const location = await app.switchTab('pages/location/index')
    await app.waitFor(() => location.exists('#mp-privacy-open-settings'))
    expect(location.text()).toBe('Where am I?scope.userLocation: deniedOpen Settings')

    await location.tap('#mp-privacy-open-settings')

    await app.waitFor(() => location.text().includes(`You are at ${HERE}`))
    expect(location.text()).toBe(`Where am I?scope.userLocation: grantedYou are at ${HERE}`)
    expect(sim.state.authSetting).toEqual({ [locationKey]: true })
    expect(app.pages).toEqual([location])
  })
})
