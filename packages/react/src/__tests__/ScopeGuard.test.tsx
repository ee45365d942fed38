import { PrivacyError, type Scope } from '@mp-privacy/core'
import { act, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { countCalls, setup, tap, tapAgree } from '../../test/helpers'
import { createPage, TaroPage } from '../../test/stubs/taro'
import { PrivacyGuard, ScopeGuard, type UseScopeResult, useScope } from '../index'

const map = <span data-testid="map">地图</span>
const byId = (id: string) => document.querySelector<HTMLElement>(`#${id}`)

function Status({ scope, onResult }: { scope: Scope; onResult?: (scope: UseScopeResult) => void }) {
  const state = useScope(scope)
  onResult?.(state)
  return <span data-testid={scope}>{state.status}</span>
}

test('H24: useScope reads the settings on mount: never asked is not-asked, false is denied', async () => {
  const { renderApp, settle } = setup({ authSetting: { 'scope.camera': false, 'scope.record': true } })
  renderApp(
    <>
      <Status scope="scope.userLocation" />
      <Status scope="scope.camera" />
      <Status scope="scope.record" />
    </>,
  )
  expect(screen.getByTestId('scope.userLocation').textContent).toBe('loading')
  await settle()
  expect(screen.getByTestId('scope.userLocation').textContent).toBe('not-asked')
  expect(screen.getByTestId('scope.camera').textContent).toBe('denied')
  expect(screen.getByTestId('scope.record').textContent).toBe('granted')
})

test('H25: the guard asks for the scope, shows the children when allowed', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true })
  renderApp(<ScopeGuard scope="scope.userLocation">{map}</ScopeGuard>)
  await settle()
  expect(screen.queryByTestId('map')).toBeNull()

  tap(sim, byId('mp-privacy-request')!)
  await settle()
  expect(screen.getByTestId('map')).toBeTruthy()
  expect(sim.state.authSetting).toEqual({ 'scope.userLocation': true })
})

test('H25/H26: after a denial the guard offers Settings; when Settings grants it the children show, no reload', async () => {
  const { sim, renderApp, settle } = setup({
    agreed: true,
    authorizePopup: 'deny',
    settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
  })
  renderApp(<ScopeGuard scope="scope.userLocation">{map}</ScopeGuard>)
  await settle()
  tap(sim, byId('mp-privacy-request')!)
  await settle()
  expect(byId('mp-privacy-request')).toBeNull()
  const getSettingBefore = countCalls(sim, 'getSetting')

  // H26: the guard calls openSetting synchronously inside this tap, or WeChat would refuse it.
  tap(sim, byId('mp-privacy-open-settings')!)
  await settle()
  expect(screen.getByTestId('map')).toBeTruthy()
  expect(countCalls(sim, 'getSetting')).toBe(getSettingBefore + 1)
})

test('H26: openSettings outside a tap fails with TAP_REQUIRED', async () => {
  const { renderApp, settle } = setup({ agreed: true, authSetting: { 'scope.camera': false } })
  let camera: UseScopeResult | undefined
  renderApp(<Status scope="scope.camera" onResult={(state) => (camera = state)} />)
  await settle()
  await expect(camera?.openSettings()).rejects.toMatchObject({ code: 'TAP_REQUIRED' })
})

test('H19/H25: request() asks for consent first; agreeing continues to the scope popup', async () => {
  const { sim, client, renderApp, settle } = setup()
  renderApp(
    <>
      <PrivacyGuard />
      <ScopeGuard scope="scope.record">{map}</ScopeGuard>
    </>,
  )
  await settle()
  tap(sim, byId('mp-privacy-request')!)
  await settle()
  expect(client.store.getState().pending.map((request) => request.referrer)).toEqual([
    'requirePrivacyAuthorize',
  ])
  expect(screen.queryByTestId('map')).toBeNull()

  tapAgree(sim, byId('mp-privacy-agree')!)
  await settle()
  expect(screen.getByTestId('map')).toBeTruthy()
  expect(sim.state.authSetting).toEqual({ 'scope.record': true })
})

test('H14: request() rejects with DISAGREED when the privacy guide is refused', async () => {
  const { client, renderApp, settle } = setup()
  let record: UseScopeResult | undefined
  renderApp(<Status scope="scope.record" onResult={(state) => (record = state)} />)
  await settle()
  const failure = record?.request().catch((error: unknown) => error)
  await settle()
  act(() => client.disagree())
  await settle()
  const error = await failure
  expect(error).toBeInstanceOf(PrivacyError)
  expect(error).toMatchObject({ code: 'DISAGREED', errno: 104 })
})

test('H25: request() resolves denied (not a rejection) when the user denies the scope', async () => {
  const { renderApp, settle } = setup({ agreed: true, authorizePopup: 'deny' })
  let camera: UseScopeResult | undefined
  renderApp(<Status scope="scope.camera" onResult={(state) => (camera = state)} />)
  await settle()
  const result = camera?.request()
  await settle()
  await expect(result).resolves.toBe('denied')
  expect(screen.getByTestId('scope.camera').textContent).toBe('denied')
})

test('H8: a page that shows again re-reads settings changed from the ••• menu', async () => {
  const { sim, renderApp, settle } = setup({
    agreed: true,
    authSetting: { 'scope.userLocation': true },
    settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': false }),
  })
  const page = createPage()
  renderApp(
    <TaroPage page={page}>
      <ScopeGuard scope="scope.userLocation">{map}</ScopeGuard>
    </TaroPage>,
  )
  await settle()
  expect(screen.getByTestId('map')).toBeTruthy()

  act(() => page.hide())
  // The user switches the scope off from the ••• menu's Settings, outside the app's code.
  sim.userTap(() => sim.host.openSetting({ success: () => {} }))
  await settle()
  expect(screen.getByTestId('map')).toBeTruthy()

  act(() => page.show())
  await settle()
  expect(screen.queryByTestId('map')).toBeNull()
  expect(byId('mp-privacy-open-settings')).toBeTruthy()
})

test('a custom fallback gets the scope state; texts rename the default buttons', async () => {
  const { renderApp, settle } = setup({ agreed: true, authSetting: { 'scope.camera': false } })
  const { rerender } = renderApp(
    <ScopeGuard scope="scope.camera" fallback={(camera) => <span data-testid="custom">{camera.status}</span>}>
      {map}
    </ScopeGuard>,
  )
  await settle()
  expect(screen.getByTestId('custom').textContent).toBe('denied')

  rerender(
    <ScopeGuard scope="scope.camera" texts={{ openSettings: 'Open Settings' }}>
      {map}
    </ScopeGuard>,
  )
  expect(screen.getByText('Open Settings').id).toBe('mp-privacy-open-settings')
})

test('H27: a host without getSetting (H5) is unsupported and the guard shows the children', () => {
  render(
    <>
      <ScopeGuard scope="scope.userLocation">{map}</ScopeGuard>
      <Status scope="scope.camera" />
    </>,
  )
  expect(screen.getByTestId('map')).toBeTruthy()
  expect(screen.getByTestId('scope.camera').textContent).toBe('unsupported')
})
