import type { Scope } from '@mp-privacy/core'
import { screen } from '@testing-library/vue'
import { expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { countCalls, setup, start, tapAgree } from '../../test/helpers'
import { createPage } from '../../test/stubs/pages'
import AgreeButton from '../components/AgreeButton.vue'
import { usePrivacy, useScope } from '../index'

function counter() {
  const renders: Record<string, number> = {}
  const count = (name: string) => {
    renders[name] = (renders[name] ?? 0) + 1
  }
  return { renders, count }
}

test('a component reading scope A does not re-render when scope B or consent changes', async () => {
  const { sim, client, renderApp, settle } = setup({ agreed: true })
  const { renders, count } = counter()
  const Reader = defineComponent({
    props: { scope: { type: String as () => Scope, required: true } },
    setup(props) {
      const { status } = useScope(props.scope)
      return () => {
        count(props.scope)
        return h('span', { 'data-testid': props.scope }, status.value)
      }
    },
  })
  renderApp(
    defineComponent(() => () => [
      h(Reader, { scope: 'scope.userLocation' }),
      h(Reader, { scope: 'scope.camera' }),
    ]),
  )
  await settle()
  const before = { ...renders }

  await client.authorize('scope.camera')
  await settle()
  expect(screen.getByTestId('scope.camera').textContent).toBe('granted')
  sim.clearAuthorization()
  await client.refresh()
  await settle()
  expect(client.store.getState().consent.status).toBe('required')

  expect(renders['scope.userLocation']).toBe(before['scope.userLocation'])
  expect(renders['scope.camera']).toBe((before['scope.camera'] ?? 0) + 1)
})

test('20 mounted useScope composables cause one getSetting call per refresh (mount, each page show)', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true })
  const page = createPage()
  const scopes = ['scope.userLocation', 'scope.camera', 'scope.record', 'scope.werun'] as const
  const Reader = defineComponent({
    props: { scope: { type: String as () => Scope, required: true } },
    setup(props) {
      const { status } = useScope(props.scope)
      return () => h('span', status.value)
    },
  })
  renderApp(
    defineComponent(
      () => () =>
        h(page.Page, null, () =>
          Array.from({ length: 20 }, (_, index) => h(Reader, { scope: scopes[index % scopes.length]! })),
        ),
    ),
  )
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(1)

  page.hide()
  page.show()
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(2)

  page.show()
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(3)
})

test('H11: agree causes one render per subscribed component', async () => {
  const { sim, renderApp, settle } = setup()
  const { renders, count } = counter()
  const Reader = defineComponent({
    props: { name: { type: String, required: true } },
    setup(props) {
      const { status, pending } = usePrivacy()
      return () => {
        count(props.name)
        return h('span', `${status.value}/${pending.value.length}`)
      }
    },
  })
  renderApp(
    defineComponent(() => () => [
      h(Reader, { name: 'a' }),
      h(Reader, { name: 'b' }),
      h(AgreeButton, null, () => '同意'),
    ]),
  )
  start((o) => sim.wx.getClipboardData(o))
  start((o) => sim.wx.chooseImage(o))
  await settle()
  const before = { ...renders }

  tapAgree(sim, screen.getByText('同意'))
  await settle()
  expect(renders).toEqual({ a: (before.a ?? 0) + 1, b: (before.b ?? 0) + 1 })
})

test('a selector re-renders only when its value changes', async () => {
  const { sim, client, renderApp, settle } = setup()
  const { renders, count } = counter()
  renderApp(
    defineComponent(() => {
      const pendingCount = usePrivacy((state) => state.pending.length)
      return () => {
        count('selector')
        return h('span', { 'data-testid': 'count' }, String(pendingCount.value))
      }
    }),
  )
  await settle()
  const before = renders.selector ?? 0

  await client.refreshScopes()
  await settle()
  expect(renders.selector).toBe(before)

  start((o) => sim.wx.getClipboardData(o))
  await settle()
  expect(screen.getByTestId('count').textContent).toBe('1')
  expect(renders.selector).toBe(before + 1)
})

test('a hidden page does not re-render on privacy changes; it catches up with one render on show', async () => {
  const { sim, client, renderApp, settle } = setup()
  const { renders, count } = counter()
  const page = createPage()
  const Reader = defineComponent({
    setup() {
      const { status, pending } = usePrivacy()
      const { status: camera } = useScope('scope.camera')
      return () => {
        count('reader')
        return h(
          'span',
          { 'data-testid': 'reader' },
          `${status.value}/${pending.value.length}/${camera.value}`,
        )
      }
    },
  })
  renderApp(defineComponent(() => () => h(page.Page, null, () => h(Reader))))
  await settle()
  const before = { ...renders }

  page.hide()
  start((o) => sim.wx.getClipboardData(o))
  await settle()
  sim.tapAgree(client.agreeButtonId)
  client.agree(client.agreeButtonId)
  await client.authorize('scope.camera')
  await settle()
  expect(client.store.getState().consent.status).toBe('agreed')
  expect(renders).toEqual(before)

  page.show()
  await settle()
  expect(screen.getByTestId('reader').textContent).toBe('agreed/0/granted')
  expect(renders.reader).toBe((before.reader ?? 0) + 1)
})
