import { screen } from '@testing-library/vue'
import { expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { countCalls, fire, setup, start, tapAgree } from '../../test/helpers'
import PrivacyGuard from '../components/PrivacyGuard.vue'

const Guarded = (props: Record<string, unknown> = {}, slots: Record<string, () => unknown> = {}) =>
  defineComponent(
    () => () =>
      h(PrivacyGuard, props, {
        default: () => h('span', { 'data-testid': 'content' }, 'nickname input'),
        ...slots,
      }),
  )

test('H6: shows #loading while checking, then the default prompt with the contract name', async () => {
  const { renderApp, settle } = setup()
  renderApp(Guarded({}, { loading: () => h('span', { 'data-testid': 'loading' }, '…') }))
  expect(screen.getByTestId('loading')).toBeTruthy()
  await settle()

  expect(screen.queryByTestId('content')).toBeNull()
  expect(document.querySelector('.mp-privacy-title')?.textContent).toBe('隐私保护提示')
  expect(document.querySelector('#mp-privacy-contract')?.textContent?.trim()).toBe(
    '《示例小程序隐私保护指引》',
  )
  expect(document.querySelector('.mp-privacy-agree')?.getAttribute('open-type')).toBe(
    'agreePrivacyAuthorization',
  )
})

test('H17: agreeing in the default prompt shows the content and continues pending calls', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(Guarded())
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  tapAgree(sim, document.querySelector<HTMLElement>('.mp-privacy-agree')!)
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
  expect(clipboard.outcome).toBe('success')
})

test('H14: disagreeing fails pending calls and keeps the content hidden', async () => {
  const { sim, client, renderApp, settle } = setup()
  renderApp(Guarded())
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  await fire(document.querySelector('#mp-privacy-disagree')!, 'tap')
  await settle()
  expect(clipboard).toEqual({
    outcome: 'fail',
    errno: 104,
    errMsg: 'getClipboardData:fail privacy permission is not authorized',
  })
  expect(client.store.getState().consent.status).toBe('required')
  expect(screen.queryByTestId('content')).toBeNull()
})

test('H20: the contract link opens the privacy contract', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(Guarded())
  await settle()
  await fire(document.querySelector('.mp-privacy-contract')!, 'tap')
  await settle()
  expect(sim.calls.find((call) => call.api === 'openPrivacyContract')?.outcome).toBe('success')
})

test('texts replace the words of the default prompt', async () => {
  const { renderApp, settle } = setup()
  renderApp(Guarded({ texts: { title: 'Privacy', agree: 'Agree', disagree: 'Decline' } }))
  await settle()
  expect(document.querySelector('.mp-privacy-title')?.textContent).toBe('Privacy')
  expect(screen.getByText('Agree').id).toBe('mp-privacy-agree')
  expect(screen.getByText('Decline')).toBeTruthy()
  expect(document.querySelector('.mp-privacy-description')?.textContent).toBe('使用此功能前，请阅读并同意')
})

test('#fallback replaces the default prompt', async () => {
  const { renderApp, settle } = setup()
  renderApp(Guarded({}, { fallback: () => h('span', { 'data-testid': 'custom' }, 'custom') }))
  await settle()
  expect(screen.getByTestId('custom')).toBeTruthy()
  expect(document.querySelector('.mp-privacy-prompt')).toBeNull()
})

test('an agreed user sees the content; guards share one getPrivacySetting', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true })
  renderApp(defineComponent(() => () => [h(Guarded()), h(Guarded())]))
  await settle()
  expect(screen.getAllByTestId('content')).toHaveLength(2)
  expect(countCalls(sim, 'getPrivacySetting')).toBe(1)
})

test('H2: below base library 2.32.3 there is no privacy gate: the content shows at once', async () => {
  const { sim, renderApp } = setup({ baseLibrary: '2.30.0' })
  renderApp(Guarded())
  expect(screen.getByTestId('content')).toBeTruthy()
  expect(countCalls(sim, 'getPrivacySetting')).toBe(0)
})
