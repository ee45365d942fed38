import { createPrivacyClient, type PrivacyHost } from '@mp-privacy/core'
import { act, render, screen } from '@testing-library/react'
import { Component, type ReactNode, Suspense } from 'react'
import { expect, test, vi } from 'vitest'
import { countCalls, setup, start, tapAgree } from '../../test/helpers'
import { PrivacyGuard, PrivacyProvider, useConsent, usePrivacy } from '../index'

const content = <span data-testid="content">私密内容</span>

test('H6: the guard shows loading, then the default prompt with the real contract name', async () => {
  const { sim, renderApp, settle } = setup({ contractName: '《某某小程序隐私保护指引》' })
  renderApp(<PrivacyGuard loading={<span data-testid="loading" />}>{content}</PrivacyGuard>)
  expect(screen.getByTestId('loading')).toBeTruthy()
  await settle()

  expect(screen.queryByTestId('content')).toBeNull()
  expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy()
  expect(document.querySelector('#mp-privacy-contract')?.textContent).toBe('《某某小程序隐私保护指引》')
  expect(countCalls(sim, 'getPrivacySetting')).toBe(1)
})

test('H17: the default prompt agrees through the agree event, then shows the children', async () => {
  const { sim, client, renderApp, settle } = setup()
  renderApp(<PrivacyGuard>{content}</PrivacyGuard>)
  await settle()
  const agree = document.querySelector<HTMLElement>('#mp-privacy-agree')!
  expect(agree.dataset.openType).toBe('agreePrivacyAuthorization')

  // A click alone is not an agreement (H17): only the agree event is.
  act(() => agree.click())
  expect(client.store.getState().consent.status).toBe('required')

  tapAgree(sim, agree)
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('H20: the contract link opens the privacy guide', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(<PrivacyGuard>{content}</PrivacyGuard>)
  await settle()
  act(() => document.querySelector<HTMLElement>('#mp-privacy-contract')!.click())
  await settle()
  expect(countCalls(sim, 'openPrivacyContract')).toBe(1)
})

test('H14: the default disagree button fails the pending call and keeps the content hidden', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(<PrivacyGuard>{content}</PrivacyGuard>)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  act(() => document.querySelector<HTMLElement>('#mp-privacy-disagree')!.click())
  await settle()
  expect(clipboard).toEqual({
    outcome: 'fail',
    errno: 104,
    errMsg: 'getClipboardData:fail privacy permission is not authorized',
  })
  expect(screen.queryByTestId('content')).toBeNull()
  expect(screen.getByRole('dialog')).toBeTruthy()
})

test('texts and a custom fallback replace the default words and prompt', async () => {
  const { renderApp, settle } = setup()
  const { rerender } = renderApp(
    <PrivacyGuard texts={{ title: 'Privacy', agree: 'Agree', openContract: 'guide' }}>
      {content}
    </PrivacyGuard>,
  )
  await settle()
  expect(screen.getByRole('dialog', { name: 'Privacy' })).toBeTruthy()
  expect(screen.getByText('Agree').id).toBe('mp-privacy-agree')

  rerender(<PrivacyGuard fallback={<span data-testid="custom" />}>{content}</PrivacyGuard>)
  expect(screen.getByTestId('custom')).toBeTruthy()
  expect(screen.queryByRole('dialog')).toBeNull()
})

test('H6: an earlier agreement shows the children at once after the first check', async () => {
  const { renderApp, settle } = setup({ agreed: true })
  renderApp(<PrivacyGuard>{content}</PrivacyGuard>)
  await settle()
  expect(screen.getByTestId('content')).toBeTruthy()
})

function Secret() {
  const status = useConsent()
  return <span data-testid="content">{status}</span>
}

test('Suspense: useConsent suspends until the user agrees in the fallback', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(
    <Suspense fallback={<PrivacyGuard />}>
      <Secret />
    </Suspense>,
  )
  await settle()
  expect(screen.queryByTestId('content')).toBeNull()

  tapAgree(sim, document.querySelector<HTMLElement>('#mp-privacy-agree')!)
  await settle()
  expect(screen.getByTestId('content').textContent).toBe('agreed')
})

function PendingCount() {
  const count = usePrivacy({ select: (state) => state.pending.length, suspense: true })
  return <span data-testid="content">{count}</span>
}

test('Suspense: usePrivacy({ suspense: true }) resumes when an earlier agreement is read', async () => {
  const { renderApp, settle } = setup({ agreed: true })
  renderApp(
    <Suspense fallback={<span data-testid="waiting" />}>
      <PendingCount />
    </Suspense>,
  )
  expect(screen.getByTestId('waiting')).toBeTruthy()
  await settle()
  expect(screen.getByTestId('content').textContent).toBe('0')
})

test('H2: on a base library without privacy APIs the guard shows the children and nothing suspends', async () => {
  const { sim, renderApp, settle } = setup({ baseLibrary: '2.30.0' })
  renderApp(
    <Suspense fallback={<span data-testid="waiting" />}>
      <PrivacyGuard>
        <Secret />
      </PrivacyGuard>
    </Suspense>,
  )
  expect(screen.getByTestId('content').textContent).toBe('unsupported')
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  expect(clipboard.outcome).toBe('success')
})

test('H27: without a provider and without wx (H5, Node) the default client is unsupported', () => {
  render(<PrivacyGuard>{content}</PrivacyGuard>)
  expect(screen.getByTestId('content')).toBeTruthy()
})

class Boundary extends Component<{ children?: ReactNode }, { error: unknown }> {
  override state = { error: null }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  override render() {
    return this.state.error ? (
      <span data-testid="error">{String(this.state.error)}</span>
    ) : (
      this.props.children
    )
  }
}

test('Suspense: a failed consent check is thrown to the error boundary as a PrivacyError', async () => {
  const host: PrivacyHost = {
    getPrivacySetting: ({ fail }) =>
      queueMicrotask(() => fail?.({ errMsg: 'getPrivacySetting:fail system error' })),
    onNeedPrivacyAuthorization: () => {},
  }
  const client = createPrivacyClient({ host })
  // React logs the error the boundary caught.
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  render(
    <PrivacyProvider client={client}>
      <Boundary>
        <Suspense fallback={<span data-testid="waiting" />}>
          <Secret />
        </Suspense>
      </Boundary>
    </PrivacyProvider>,
  )
  expect(screen.getByTestId('waiting')).toBeTruthy()
  await act(async () => {
    await client.refresh()
  })
  expect(screen.getByTestId('error').textContent).toMatch(
    /^PrivacyError: getPrivacySetting:fail system error/,
  )
  logged.mockRestore()
  client.destroy()
})
