import { createPrivacyClient, PLATFORMS, type PlatformId, type PrivacyClient } from '@mp-privacy/core'
import { createSimulator, type SimulatorOptions } from '@mp-privacy/simulator'
import { screen } from '@testing-library/vue'
import { afterEach, describe, expect, test } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { renderWith, start, tap, tapAgree } from '../../test/helpers'
import * as pages from '../../test/stubs/pages'
import AgreeButton from '../components/AgreeButton.vue'
import PrivacyGuard from '../components/PrivacyGuard.vue'
import ScopeGuard from '../components/ScopeGuard.vue'
import { usePrivacyPrompt } from '../index'

const platforms: PlatformId[] = ['weapp', 'tt', 'alipay']
// The page stand-in of test/stubs/pages.ts, under the name it has there (createPage, earlier createUniPage).
const stubs = pages as unknown as Record<string, (() => pages.TestPage) | undefined>
const createPage = (stubs.createPage ?? stubs.createUniPage) as () => pages.TestPage
const clients: PrivacyClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

/** A simulated host of `platform` and a client on it (`{ host, platform }`). */
function setupOn(platform: PlatformId, simulator: SimulatorOptions = {}) {
  const sim = createSimulator({ ...simulator, platform })
  const client = createPrivacyClient({
    host: sim.host,
    platform,
    agreeButtonId: ['mp-privacy-agree', 'popup-agree'],
  })
  clients.push(client)
  const settle = async () => {
    await sim.flush()
    await nextTick()
  }
  return { sim, client, settle }
}

/** The same page code on every platform: a guard, a popup and a map behind a scope. */
function renderPage(client: PrivacyClient) {
  const page = createPage()
  const Popup = defineComponent(() => {
    const { visible } = usePrivacyPrompt()
    return () =>
      visible.value
        ? h('div', { 'data-testid': 'popup' }, [h(AgreeButton, { id: 'popup-agree' }, () => '同意')])
        : null
  })
  renderWith(
    client,
    defineComponent(
      () => () =>
        h(page.Page, null, () => [
          h(PrivacyGuard, null, { default: () => h('span', { 'data-testid': 'content' }, '内容') }),
          h(Popup),
          h(
            ScopeGuard,
            { scope: 'scope.userLocation' },
            { default: () => h('span', { 'data-testid': 'map' }, '地图') },
          ),
        ]),
    ),
  )
}

const agreeButtons = () => Array.from(document.querySelectorAll('[open-type="agreePrivacyAuthorization"]'))
const byId = (id: string) => document.querySelector<HTMLElement>(`#${id}`)

describe.each(platforms)('the same Vue page on %s', (platform) => {
  const key = PLATFORMS[platform].scopes['scope.userLocation'] as string

  test('H10, H11, H13: one prompt; one agree on <AgreeButton> settles every waiting call', async () => {
    const { sim, client, settle } = setupOn(platform, { authSetting: { [key]: true } })
    renderPage(client)
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
    const { sim, client, settle } = setupOn(platform, {
      agreed: true,
      authSetting: { [key]: false },
      settings: (authSetting) => ({ ...authSetting, [key]: true }),
    })
    renderPage(client)
    await settle()
    expect(screen.queryByTestId('map')).toBeNull()
    tap(sim, byId('mp-privacy-open-settings') as HTMLElement)
    await settle()
    await settle()
    expect(screen.getByTestId('map')).toBeTruthy()
    expect(sim.state.authSetting).toEqual({ [key]: true })
  })
})

describe('a scope the platform lacks (H33, H38)', () => {
  /** Steps (`scope.werun`) and an address (`scope.address`) behind guards; Alipay has neither scope. */
  function renderSteps(client: PrivacyClient) {
    const page = createPage()
    renderWith(
      client,
      defineComponent(
        () => () =>
          h(page.Page, null, () => [
            h(
              ScopeGuard,
              { scope: 'scope.werun' },
              {
                default: () => h('span', { 'data-testid': 'steps' }, '步数'),
                fallback: ({ status }: { status: string }) =>
                  h('span', { 'data-testid': 'no-steps' }, status),
              },
            ),
            h(
              ScopeGuard,
              { scope: 'scope.address' },
              { default: () => h('span', { 'data-testid': 'address' }, '地址') },
            ),
          ]),
      ),
    )
  }

  test('on Alipay <ScopeGuard> shows its fallback, or nothing: no button that would fail with SCOPE_UNSUPPORTED', async () => {
    const { sim, client, settle } = setupOn('alipay', { agreed: true })
    renderSteps(client)
    await settle()
    expect(screen.getByTestId('no-steps').textContent).toBe('scope-unsupported')
    expect(screen.queryByTestId('steps')).toBeNull()
    expect(screen.queryByTestId('address')).toBeNull()
    expect(document.querySelectorAll('#mp-privacy-request, #mp-privacy-open-settings')).toHaveLength(0)
    expect(client.store.getState().scopes.status).toBe('ready')
    expect(sim.calls.filter((call) => call.api === 'authorize')).toEqual([])
  })

  test('on WeChat the same guards offer the request button', async () => {
    const { client, settle } = setupOn('weapp', { agreed: true })
    renderSteps(client)
    await settle()
    expect(screen.getByTestId('no-steps').textContent).toBe('not-asked')
    expect(document.querySelectorAll('#mp-privacy-request')).toHaveLength(1)
  })
})

describe('one tap, two bindings (H37, H39)', () => {
  test('Alipay: when both agree bindings of AgreeButton fire for one tap, each waiting call settles once and one agree reaches the host', async () => {
    const { sim, client, settle } = setupOn('alipay', { authSetting: { location: true } })
    const heard: unknown[] = []
    renderWith(
      client,
      defineComponent(
        () => () =>
          h(AgreeButton, {
            id: 'popup-agree',
            onAgreeprivacyauthorization: (event: unknown) => heard.push(event),
          }),
      ),
    )
    const clipboard = start((o) => sim.host.getClipboardData(o))
    const location = start((o) => sim.host.getLocation(o))
    await settle()
    expect(client.store.getState().pending).toHaveLength(2)
    const reads = () => sim.calls.filter((call) => call.api === 'getPrivacySetting').length
    const readsBefore = reads()

    // uni-app's Alipay output binds onAgreeprivacyauthorization and onAgreePrivacyAuthorization; a host that
    // fired both would call AgreeButton's handler twice in the same tap.
    const button = agreeButtons()[0] as HTMLElement
    const detail = sim.tapAgree(button.id)
    button.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { detail }))
    button.dispatchEvent(new CustomEvent('agree-privacy-authorization', { detail }))
    await settle()

    expect([clipboard.outcome, location.outcome]).toEqual(['success', 'success'])
    expect(sim.state).toMatchObject({ pendingPrivacy: 0, ignoredResolves: 0 })
    expect(client.store.getState()).toMatchObject({ consent: { status: 'agreed' }, pending: [] })
    expect(reads() - readsBefore).toBe(1)
    expect(heard).toHaveLength(1)
  })
})
