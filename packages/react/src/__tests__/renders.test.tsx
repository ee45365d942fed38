import type { Scope } from '@mp-privacy/core'
import { act, screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { countCalls, setup, start, tapAgree } from '../../test/helpers'
import { createPage, TaroPage } from '../../test/stubs/taro'
import { AgreeButton, usePrivacy, useScope } from '../index'

type OnRender = (name: string) => void

function counter() {
  const renders: Record<string, number> = {}
  const count: OnRender = (name) => {
    renders[name] = (renders[name] ?? 0) + 1
  }
  return { renders, count }
}

function ScopeReader({ scope, onRender }: { scope: Scope; onRender?: OnRender }) {
  onRender?.(scope)
  return <span data-testid={scope}>{useScope(scope).status}</span>
}

function ConsentReader({ name, onRender }: { name: string; onRender: OnRender }) {
  onRender(name)
  const { status, pending } = usePrivacy()
  return (
    <span>
      {status}/{pending.length}
    </span>
  )
}

function StatusReader({ onRender }: { onRender: OnRender }) {
  onRender('status')
  return <span>{usePrivacy((state) => state.consent.status)}</span>
}

function PendingCount({ onRender }: { onRender: OnRender }) {
  onRender('count')
  return <span>{usePrivacy((state) => state.pending.length)}</span>
}

test('a component reading scope A does not re-render when scope B or consent changes', async () => {
  const { sim, client, renderApp, settle } = setup({ agreed: true })
  const { renders, count } = counter()
  renderApp(
    <>
      <ScopeReader scope="scope.userLocation" onRender={count} />
      <ScopeReader scope="scope.camera" onRender={count} />
    </>,
  )
  await settle()
  const before = { ...renders }

  await act(() => client.authorize('scope.camera'))
  await settle()
  expect(screen.getByTestId('scope.camera').textContent).toBe('granted')
  sim.clearAuthorization()
  await act(() => client.refresh())
  expect(client.store.getState().consent.status).toBe('required')

  expect(renders['scope.userLocation']).toBe(before['scope.userLocation'])
  expect(renders['scope.camera']).toBe((before['scope.camera'] ?? 0) + 1)
})

test('20 mounted useScope hooks cause one getSetting call per refresh (mount, each page show)', async () => {
  const { sim, renderApp, settle } = setup({ agreed: true })
  const page = createPage()
  const scopes = ['scope.userLocation', 'scope.camera', 'scope.record', 'scope.werun'] as const
  const readers = Array.from({ length: 20 }, (_, index) => ({
    id: `reader-${index}`,
    scope: scopes[index % scopes.length]!,
  }))
  renderApp(
    <TaroPage page={page}>
      {readers.map((reader) => (
        <ScopeReader key={reader.id} scope={reader.scope} />
      ))}
    </TaroPage>,
  )
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(1)

  act(() => page.hide())
  act(() => page.show())
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(2)

  act(() => page.show())
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(3)
})

test('H11: agree causes one render per subscribed component', async () => {
  const { sim, renderApp, settle } = setup()
  const { renders, count } = counter()
  renderApp(
    <>
      <ConsentReader name="a" onRender={count} />
      <ConsentReader name="b" onRender={count} />
      <ConsentReader name="c" onRender={count} />
      <StatusReader onRender={count} />
      <AgreeButton>同意</AgreeButton>
    </>,
  )
  start((o) => sim.host.getClipboardData(o))
  start((o) => sim.host.chooseImage(o))
  await settle()
  expect(screen.getAllByText('required/2')).toHaveLength(3)
  const before = { ...renders }

  tapAgree(sim, screen.getByText('同意'))
  await settle()
  expect(screen.getAllByText('agreed/0')).toHaveLength(3)
  for (const name of ['a', 'b', 'c', 'status']) expect(renders[name]).toBe((before[name] ?? 0) + 1)
})

test('a selector re-renders only when its value changes; the default view ignores scope changes', async () => {
  const { sim, client, renderApp, settle } = setup({ agreed: true })
  const { renders, count } = counter()
  renderApp(
    <>
      <PendingCount onRender={count} />
      <ConsentReader name="view" onRender={count} />
    </>,
  )
  await settle()
  const before = { ...renders }

  await act(() => client.refreshScopes())
  await act(() => client.authorize('scope.record'))
  await act(() => client.refresh())
  await settle()
  expect(sim.state.authSetting).toEqual({ 'scope.record': true })
  expect(renders).toEqual(before)
})

test('a hidden page does not re-render on privacy changes; it catches up with one render on show', async () => {
  const { sim, client, renderApp, settle } = setup()
  const { renders, count } = counter()
  const home = createPage()
  renderApp(
    <TaroPage page={home}>
      <ConsentReader name="home" onRender={count} />
      <StatusReader onRender={count} />
      <ScopeReader scope="scope.camera" onRender={count} />
    </TaroPage>,
  )
  await settle()
  const before = { ...renders }

  act(() => home.hide())
  start((o) => sim.host.getClipboardData(o))
  await settle()
  sim.tapAgree(client.agreeButtonId)
  client.agree(client.agreeButtonId)
  await act(() => client.authorize('scope.camera'))
  await settle()
  expect(client.store.getState().consent.status).toBe('agreed')
  expect(renders).toEqual(before)

  act(() => home.show())
  await settle()
  expect(screen.getByText('agreed/0')).toBeTruthy()
  expect(screen.getByTestId('scope.camera').textContent).toBe('granted')
  for (const name of ['home', 'status', 'scope.camera']) expect(renders[name]).toBe((before[name] ?? 0) + 1)
})

/** A page component with state of its own; `handle.bump()` changes it. */
function OwnState({ handle }: { handle: { bump: () => void } }) {
  const [count, setCount] = useState(0)
  handle.bump = () => setCount((value) => value + 1)
  return (
    <>
      <span data-testid="own">{count}</span>
      <ConsentReader name="own" onRender={() => {}} />
    </>
  )
}

test('a hidden page re-rendered by its own state keeps the privacy state it hid with until it shows', async () => {
  const { sim, renderApp, settle } = setup()
  const home = createPage()
  const own = { bump: () => {} }
  renderApp(
    <TaroPage page={home}>
      <OwnState handle={own} />
    </TaroPage>,
  )
  await settle()
  expect(screen.getByText('required/0')).toBeTruthy()

  act(() => home.hide())
  start((o) => sim.host.getClipboardData(o))
  await settle()
  act(() => own.bump())
  expect(screen.getByTestId('own').textContent).toBe('1')
  expect(screen.getByText('required/0')).toBeTruthy()

  act(() => home.show())
  await settle()
  expect(screen.getByText('required/1')).toBeTruthy()
})
