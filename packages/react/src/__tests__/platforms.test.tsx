import { PLATFORMS, type PlatformId } from '@mp-privacy/core'
import { Button } from '@tarojs/components'
import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { setup, start, tap, tapAgree } from '../../test/helpers'
import { createPage, TaroPage } from '../../test/stubs/taro'
import { AgreeButton, PrivacyGuard, ScopeGuard, usePrivacyPrompt } from '../index'

const platforms: PlatformId[] = ['weapp', 'tt', 'alipay']
const byId = (id: string) => document.querySelector<HTMLElement>(`#${id}`)
const agreeButtons = () => document.querySelectorAll('[data-open-type="agreePrivacyAuthorization"]')

/** The same page code on every platform: a guard, a popup and a map behind a scope. */
function Popup() {
  const prompt = usePrivacyPrompt()
  if (!prompt.visible) return null
  return (
    <div data-testid="popup">
      <AgreeButton id="popup-agree">同意</AgreeButton>
      <Button onClick={prompt.disagree}>拒绝</Button>
    </div>
  )
}

function Page() {
  return (
    <TaroPage page={createPage()}>
      <PrivacyGuard>
        <span data-testid="content">内容</span>
      </PrivacyGuard>
      <Popup />
      <ScopeGuard scope="scope.userLocation">
        <span data-testid="map">地图</span>
      </ScopeGuard>
    </TaroPage>
  )
}

describe.each(platforms)('the same Taro React page on %s', (platform) => {
  test('H10, H11, H13: one prompt; one agree on <AgreeButton> settles every waiting call', async () => {
    const { sim, client, renderApp, settle } = setup(
      { authSetting: { [PLATFORMS[platform].scopes['scope.userLocation'] as string]: true } },
      { agreeButtonId: ['mp-privacy-agree', 'popup-agree'] },
      platform,
    )
    renderApp(<Page />)
    const clipboard = start((o) => sim.host.getClipboardData(o))
    const location = start((o) => sim.host.getLocation(o))
    await settle()
    expect(agreeButtons()).toHaveLength(1)
    expect(screen.getByTestId('popup')).toBeTruthy()

    tapAgree(sim, agreeButtons()[0] as HTMLElement)
    await settle()
    expect([clipboard.outcome, location.outcome]).toEqual(['success', 'success'])
    expect(sim.state.pendingPrivacy).toBe(0)
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(agreeButtons()).toHaveLength(0)
    expect(screen.getByTestId('content')).toBeTruthy()
    expect(screen.getByTestId('map')).toBeTruthy()
  })

  test('H25, H26, H33, H38: a denied scope goes through Settings and the map shows, no reload', async () => {
    const key = PLATFORMS[platform].scopes['scope.userLocation'] as string
    const { sim, renderApp, settle } = setup(
      {
        agreed: true,
        authSetting: { [key]: false },
        settings: (authSetting) => ({ ...authSetting, [key]: true }),
      },
      {},
      platform,
    )
    renderApp(<Page />)
    await settle()
    expect(screen.queryByTestId('map')).toBeNull()
    tap(sim, byId('mp-privacy-open-settings') as HTMLElement)
    await settle()
    expect(screen.getByTestId('map')).toBeTruthy()
    expect(sim.state.authSetting).toEqual({ [key]: true })
  })
})

/** Steps (`scope.werun`) and an address (`scope.address`) behind guards; Alipay has neither scope. */
function Steps() {
  return (
    <TaroPage page={createPage()}>
      <ScopeGuard
        scope="scope.werun"
        fallback={(steps) => <span data-testid="no-steps">{steps.status}</span>}
      >
        <span data-testid="steps">步数</span>
      </ScopeGuard>
      <ScopeGuard scope="scope.address">
        <span data-testid="address">地址</span>
      </ScopeGuard>
    </TaroPage>
  )
}

describe('a scope the platform lacks (H33, H38)', () => {
  test('on Alipay <ScopeGuard> shows its fallback, or nothing: no button that would fail with SCOPE_UNSUPPORTED', async () => {
    const { sim, client, renderApp, settle } = setup({ agreed: true }, {}, 'alipay')
    renderApp(<Steps />)
    await settle()
    expect(screen.getByTestId('no-steps').textContent).toBe('scope-unsupported')
    expect(screen.queryByTestId('steps')).toBeNull()
    expect(screen.queryByTestId('address')).toBeNull()
    expect(document.querySelectorAll('#mp-privacy-request, #mp-privacy-open-settings')).toHaveLength(0)
    expect(client.store.getState().scopes.status).toBe('ready')
    expect(sim.calls.filter((call) => call.api === 'authorize')).toEqual([])
  })

  test('on WeChat the same guards offer the request button', async () => {
    const { renderApp, settle } = setup({ agreed: true })
    renderApp(<Steps />)
    await settle()
    expect(screen.getByTestId('no-steps').textContent).toBe('not-asked')
    expect(document.querySelectorAll('#mp-privacy-request')).toHaveLength(1)
  })
})
