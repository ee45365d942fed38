import { createPrivacyClient, PrivacyError, type Scope } from '@mp-privacy/core'
import { screen } from '@testing-library/vue'
import { expect, test } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { renderWith, setup, tap } from '../../test/helpers'
import { useScope } from '../index'

const result = ref('')
const Location = defineComponent(() => {
  const { status, request, openSettings } = useScope('scope.userLocation')
  result.value = ''
  return () =>
    h('div', [
      h('span', { 'data-testid': 'status' }, status.value),
      h('button', { onTap: () => void request().then((value) => (result.value = value)) }, 'request'),
      // H26: called directly by the tap.
      h('button', { onTap: openSettings }, 'settings'),
    ])
})

test('H24: a fresh user reads not-asked once the settings are read on mount', async () => {
  const { renderApp, settle } = setup({ agreed: true })
  renderApp(Location)
  expect(screen.getByTestId('status').textContent).toBe('loading')
  await settle()
  expect(screen.getByTestId('status').textContent).toBe('not-asked')
})

test('H25: request resolves granted after the popup is allowed', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true, authorizePopup: 'allow' })
  renderApp(Location)
  await settle()
  tap(sim, screen.getByText('request'))
  await settle()
  expect(result.value).toBe('granted')
  expect(screen.getByTestId('status').textContent).toBe('granted')
})

test('H25: request resolves denied (not a rejection) when the user denies the scope', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true, authorizePopup: 'deny' })
  renderApp(Location)
  await settle()
  tap(sim, screen.getByText('request'))
  await settle()
  expect(result.value).toBe('denied')
  expect(screen.getByTestId('status').textContent).toBe('denied')
})

test('H14: request rejects with DISAGREED when the privacy guide is refused', async () => {
  const { client, renderApp, settle } = setup()
  let error: unknown
  const Requester = defineComponent(() => {
    const { request } = useScope('scope.userLocation')
    request().catch((e: unknown) => {
      error = e
    })
    return () => null
  })
  renderApp(Requester)
  await settle()
  client.disagree()
  await settle()
  expect(error).toBeInstanceOf(PrivacyError)
  expect((error as PrivacyError).code).toBe('DISAGREED')
})

test('H26: the Settings round-trip: denied → open Settings inside the tap → granted without a reload', async () => {
  const { sim, renderApp, settle } = setup({
    agreed: true,
    authSetting: { 'scope.userLocation': false },
    settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
  })
  renderApp(Location)
  await settle()
  expect(screen.getByTestId('status').textContent).toBe('denied')

  tap(sim, screen.getByText('settings'))
  await settle()
  expect(screen.getByTestId('status').textContent).toBe('granted')
  expect(sim.calls.find((call) => call.api === 'openSetting')?.outcome).toBe('success')
})

test('H27/H28: on a host without getSetting (H5) the status is unsupported', async () => {
  const client = createPrivacyClient({ host: {} })
  renderWith(client, Location)
  await nextTick()
  expect(screen.getByTestId('status').textContent).toBe('unsupported')
})

test('a scope given as a getter follows its source', async () => {
  const { client, renderApp, settle } = setup({ agreed: true, authSetting: { 'scope.camera': true } })
  const scope = ref<Scope>('scope.userLocation')
  renderApp(
    defineComponent(() => {
      const { status } = useScope(() => scope.value)
      return () => h('span', { 'data-testid': 'status' }, status.value)
    }),
  )
  await settle()
  expect(screen.getByTestId('status').textContent).toBe('not-asked')

  scope.value = 'scope.camera'
  await nextTick()
  expect(screen.getByTestId('status').textContent).toBe('granted')
  expect(client.store.getState().scopes.values['scope.camera']).toBe('granted')
})
