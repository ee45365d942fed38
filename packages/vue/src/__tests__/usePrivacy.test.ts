import { createPrivacyClient, type PrivacyClient, PrivacyError } from '@mp-privacy/core'
import { screen } from '@testing-library/vue'
import { expect, onTestFinished, test } from 'vitest'
import { type Component, createApp, defineComponent, h, isReadonly, nextTick, Suspense } from 'vue'
import { countCalls, renderWith, setup, start } from '../../test/helpers'
import { createPrivacyPlugin, type UsePrivacyResult, useConsent, usePrivacy } from '../index'

function capture() {
  let result: UsePrivacyResult | undefined
  const Reader = defineComponent(() => {
    result = usePrivacy()
    const { status, contractName, pending } = result
    return () =>
      h('span', { 'data-testid': 'consent' }, `${status.value}|${contractName.value}|${pending.value.length}`)
  })
  return { Reader, get: () => result! }
}

test('H6: status and contract name come from getPrivacySetting, asked once on mount', async () => {
  const { sim, client, renderApp, settle } = setup()
  const { Reader } = capture()
  renderApp(defineComponent(() => () => [h(Reader), h(Reader)]))
  expect(client.store.getState().consent.status).toBe('checking')
  await settle()
  expect(screen.getAllByTestId('consent')[0]?.textContent).toBe('required|《示例小程序隐私保护指引》|0')
  expect(countCalls(sim, 'getPrivacySetting')).toBe(1)
})

test('H10: pending lists the gated calls waiting for the user', async () => {
  const { sim, renderApp, settle } = setup()
  const { Reader, get } = capture()
  renderApp(Reader)
  start((o) => sim.wx.getClipboardData(o))
  await settle()
  expect(get().pending.value.map((request) => request.referrer)).toEqual(['getClipboardData'])
})

test('H13: agree() without an id uses client.agreeButtonId (from the agree event)', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: 'agree-btn' })
  const { Reader, get } = capture()
  renderApp(Reader)
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  sim.tapAgree('agree-btn')
  get().agree()
  await settle()
  expect(clipboard.outcome).toBe('success')
  expect(screen.getByTestId('consent').textContent).toMatch(/^agreed\|/)
})

test('H14: disagree() fails the pending calls; requireConsent() then rejects with DISAGREED', async () => {
  const { sim, renderApp, settle } = setup()
  const { Reader, get } = capture()
  renderApp(Reader)
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()
  get().disagree()
  await settle()
  expect(clipboard).toEqual({
    outcome: 'fail',
    errno: 104,
    errMsg: 'getClipboardData:fail privacy permission is not authorized',
  })

  const consent = get().requireConsent()
  await settle()
  get().disagree()
  await expect(consent).rejects.toMatchObject({ code: 'DISAGREED' })
})

test('the refs are readonly: state changes only through the client', async () => {
  const { renderApp, settle } = setup()
  const { Reader, get } = capture()
  renderApp(Reader)
  await settle()
  expect(isReadonly(get().status)).toBe(true)
})

test('{ select } works like a selector function', async () => {
  const { renderApp, settle } = setup({ agreed: true })
  renderApp(
    defineComponent(() => {
      const agreed = usePrivacy({ select: (state) => state.consent.status === 'agreed' })
      return () => h('span', { 'data-testid': 'agreed' }, String(agreed.value))
    }),
  )
  await settle()
  expect(screen.getByTestId('agreed').textContent).toBe('true')
})

/** Mounts `inner` under `<Suspense>` with createApp (Vue Test Utils' mount loses resolved Suspense content). */
function renderSuspended(client: PrivacyClient, inner: Component) {
  const el = document.body.appendChild(document.createElement('div'))
  const app = createApp(() =>
    h(Suspense, null, { default: () => h(inner), fallback: () => h('span', { 'data-testid': 'fallback' }) }),
  )
  app.use(createPrivacyPlugin({ client, lifecycle: null })).mount(el)
  onTestFinished(() => {
    app.unmount()
    el.remove()
  })
}

test('{ suspense: true }: an async setup waits under <Suspense> until the user agrees (H17)', async () => {
  const { sim, client, settle } = setup({}, { agreeButtonId: 'agree-btn' })
  const Profile = defineComponent({
    async setup() {
      const { status } = await usePrivacy({ suspense: true })
      return () => h('span', { 'data-testid': 'profile' }, status.value)
    },
  })
  renderSuspended(client, Profile)
  await settle()
  expect(screen.getByTestId('fallback')).toBeTruthy()
  expect(countCalls(sim, 'getPrivacySetting')).toBe(1)

  // The agree button's agreeprivacyauthorization event.
  sim.tapAgree('agree-btn')
  client.agree('agree-btn')
  await settle()
  expect(screen.getByTestId('profile').textContent).toBe('agreed')
})

test('H2: useConsent() resolves unsupported at once on a host without privacy APIs', async () => {
  const { client, settle } = setup({ baseLibrary: '2.30.0' })
  const Profile = defineComponent({
    async setup() {
      const status = await useConsent()
      return () => h('span', { 'data-testid': 'profile' }, status)
    },
  })
  renderSuspended(client, Profile)
  await settle()
  expect(screen.getByTestId('profile').textContent).toBe('unsupported')
})

test('useConsent() rejects with consent.error when getPrivacySetting fails', async () => {
  const client = createPrivacyClient({
    host: { getPrivacySetting: ({ fail }) => fail?.({ errMsg: 'getPrivacySetting:fail system error' }) },
  })
  const errors: unknown[] = []
  renderWith(
    client,
    defineComponent(() => {
      useConsent().catch((error: unknown) => errors.push(error))
      return () => null
    }),
  )
  await client.refresh()
  await nextTick()
  expect(errors).toHaveLength(1)
  expect(errors[0]).toBeInstanceOf(PrivacyError)
  expect((errors[0] as PrivacyError).code).toBe('HOST_ERROR')
})
