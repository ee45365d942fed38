import { Button } from '@tarojs/components'
import { act, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { expect, test } from 'vitest'
import { setup, start, tapAgree } from '../../test/helpers'
import { createPage, TaroPage } from '../../test/stubs/taro'
import { AgreeButton, PrivacyGuard, usePrivacyPrompt } from '../index'

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

/** Agree buttons the user can see: those in the document (hidden pages are not rendered by these tests). */
const agreeButtons = () => document.querySelectorAll('[data-open-type="agreePrivacyAuthorization"]')
const content = <span data-testid="content">内容</span>
const Page = ({ children }: { children?: ReactNode }) => <TaroPage page={createPage()}>{children}</TaroPage>

test('a guard and a popup on one page, nothing pending: the guard prompts, one agree button', async () => {
  const { renderApp, settle } = setup({}, { agreeButtonId: ['mp-privacy-agree', 'popup-agree'] })
  renderApp(
    <Page>
      <PrivacyGuard>{content}</PrivacyGuard>
      <Popup />
    </Page>,
  )
  await settle()
  expect(agreeButtons()).toHaveLength(1)
  expect(document.querySelector('.mp-privacy-prompt')).toBeTruthy()
})

test('a guard and a popup on one page with calls pending: the popup prompts, the guard yields; one agree settles all', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: ['mp-privacy-agree', 'popup-agree'] })
  renderApp(
    <Page>
      <PrivacyGuard>{content}</PrivacyGuard>
      <Popup />
    </Page>,
  )
  const clipboard = start((o) => sim.host.getClipboardData(o))
  const location = start((o) => sim.host.getLocation(o))
  await settle()
  expect(agreeButtons()).toHaveLength(1)
  expect(screen.getByTestId('popup')).toBeTruthy()
  expect(document.querySelector('.mp-privacy-prompt')).toBeNull()

  tapAgree(sim, agreeButtons()[0] as HTMLElement)
  await settle()
  expect([clipboard.outcome, location.outcome]).toEqual(['success', 'success'])
  expect(agreeButtons()).toHaveLength(0)
  expect(screen.getByTestId('content')).toBeTruthy()
})

test('two guards on one page show one prompt; agreeing shows both contents', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(
    <Page>
      <PrivacyGuard>
        <span data-testid="first">一</span>
      </PrivacyGuard>
      <PrivacyGuard>
        <span data-testid="second">二</span>
      </PrivacyGuard>
    </Page>,
  )
  await settle()
  expect(agreeButtons()).toHaveLength(1)
  tapAgree(sim, agreeButtons()[0] as HTMLElement)
  await settle()
  expect(screen.getByTestId('first')).toBeTruthy()
  expect(screen.getByTestId('second')).toBeTruthy()
})

test('a guard alone prompts for calls pending from another page', async () => {
  const { sim, renderApp, settle } = setup()
  const profile = createPage()
  const home = createPage()
  const { rerender } = renderApp(
    <TaroPage page={profile}>
      <Popup />
    </TaroPage>,
  )
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  act(() => profile.unload())
  rerender(
    <TaroPage page={home}>
      <PrivacyGuard>{content}</PrivacyGuard>
    </TaroPage>,
  )
  await settle()
  expect(agreeButtons()).toHaveLength(1)
  tapAgree(sim, agreeButtons()[0] as HTMLElement)
  await settle()
  expect(clipboard.outcome).toBe('success')
})
