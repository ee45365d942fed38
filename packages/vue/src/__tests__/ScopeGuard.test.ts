import type { Scope } from '@mp-privacy/core'
import { screen } from '@testing-library/vue'
import { expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { setup, tap } from '../../test/helpers'
import ScopeGuard from '../components/ScopeGuard.vue'

const Guarded = (
  props: Record<string, unknown> = {},
  slots: Record<string, (scope: never) => unknown> = {},
) =>
  defineComponent(
    () => () =>
      h(
        ScopeGuard,
        { scope: 'scope.userLocation', ...props },
        { default: () => h('span', { 'data-testid': 'content' }, 'map'), ...slots },
      ),
  )

test('H25: a granted scope shows the content', async () => {
  const { renderApp, settle } = setup({ agreed: true, authSetting: { 'scope.userLocation': true } })
  renderApp(Guarded())
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('H25: a scope never asked shows the request button; allowing the popup shows the content', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true, authorizePopup: 'allow' })
  renderApp(Guarded())
  expect(document.querySelector('#mp-privacy-request')?.hasAttribute('loading')).toBe(true)
  await settle()

  const request = document.querySelector('#mp-privacy-request')!
  expect(request.textContent?.trim()).toBe('授权使用')
  tap(sim, request)
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('H25/H26: after a denial, "open Settings" opens Settings inside the tap; granting there shows the content', async () => {
  const { sim, renderApp, settle } = setup({
    agreed: true,
    authorizePopup: 'deny',
    settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
  })
  renderApp(Guarded())
  await settle()
  tap(sim, document.querySelector('#mp-privacy-request')!)
  await settle()

  const openSettings = document.querySelector('#mp-privacy-open-settings')!
  expect(openSettings.textContent?.trim()).toBe('去设置中开启')
  // uni-app runs tap handlers after a setTimeout (outside the tap) unless the node opts out.
  expect(openSettings.getAttribute('data-eventsync')).toBe('true')
  tap(sim, openSettings)
  await settle()
  expect(sim.calls.find((call) => call.api === 'openSetting')?.outcome).toBe('success')
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('#fallback gets the scope state as slot props', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true, authorizePopup: 'allow' })
  renderApp(
    Guarded(
      {},
      {
        fallback: ({ status, request }: { status: string; request: () => Promise<unknown> }) =>
          h('button', { 'data-testid': 'custom', onTap: request }, status),
      },
    ),
  )
  await settle()
  const custom = screen.getByTestId('custom')
  expect(custom.textContent).toBe('not-asked')
  tap(sim, custom)
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('texts replace the words of the default buttons', async () => {
  const { renderApp, settle } = setup({ agreed: true })
  renderApp(Guarded({ texts: { request: '使用我的位置' } }))
  await settle()
  expect(document.querySelector('#mp-privacy-request')?.textContent?.trim()).toBe('使用我的位置')
})

test('a scope prop that changes is followed', async () => {
  const { renderApp, settle } = setup({ agreed: true, authSetting: { 'scope.camera': true } })
  const { rerender } = renderApp(
    defineComponent({
      props: { scope: { type: String, required: true } },
      setup: (props) => () =>
        h(ScopeGuard, { scope: props.scope as Scope }, () => h('span', { 'data-testid': 'content' }, 'ok')),
    }),
    { scope: 'scope.userLocation' },
  )
  await settle()
  expect(screen.queryByTestId('content')).toBeNull()
  await rerender({ scope: 'scope.camera' })
  expect(screen.getByTestId('content')).toBeTruthy()
})
