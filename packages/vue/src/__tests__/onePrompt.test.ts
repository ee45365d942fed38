import { screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { setup, start, tapAgree } from '../../test/helpers'
import { createPage } from '../../test/stubs/pages'
import AgreeButton from '../components/AgreeButton.vue'
import PrivacyGuard from '../components/PrivacyGuard.vue'
import { usePrivacyPrompt } from '../index'

/** Agree buttons in the document. */
const agreeButtons = () => Array.from(document.querySelectorAll('[open-type="agreePrivacyAuthorization"]'))

describe('one agree prompt per page', () => {
  function renderPage(renderApp: ReturnType<typeof setup>['renderApp'], guards: number, popup: boolean) {
    const page = createPage()
    const Popup = defineComponent(() => {
      const { visible } = usePrivacyPrompt()
      return () =>
        visible.value
          ? h('div', { 'data-testid': 'popup' }, [h(AgreeButton, { id: 'popup-agree' }, () => '同意')])
          : null
    })
    const Guard = defineComponent(() => {
      return () => h(PrivacyGuard, null, { default: () => h('span', { 'data-testid': 'content' }, '内容') })
    })
    renderApp(
      defineComponent(
        () => () =>
          h(page.Page, null, () => [
            ...Array.from({ length: guards }, () => h(Guard)),
            ...(popup ? [h(Popup)] : []),
          ]),
      ),
    )
    return page
  }

  test('a guard and a popup, nothing pending: the guard prompts, one agree button', async () => {
    const { renderApp, settle } = setup({}, { agreeButtonId: ['mp-privacy-agree', 'popup-agree'] })
    renderPage(renderApp, 1, true)
    await settle()
    expect(agreeButtons()).toHaveLength(1)
    expect(document.querySelector('.mp-privacy-prompt')).toBeTruthy()
  })

  test('a guard and a popup with calls pending: the popup prompts, the guard yields; one agree settles all', async () => {
    const { sim, renderApp, settle } = setup({}, { agreeButtonId: ['mp-privacy-agree', 'popup-agree'] })
    renderPage(renderApp, 1, true)
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    const location = start((o) => sim.wx.getLocation(o))
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

  test('two guards: one prompt; agreeing shows both contents', async () => {
    const { sim, renderApp, settle } = setup()
    renderPage(renderApp, 2, false)
    await settle()
    expect(agreeButtons()).toHaveLength(1)
    tapAgree(sim, agreeButtons()[0] as HTMLElement)
    await settle()
    expect(screen.getAllByTestId('content')).toHaveLength(2)
  })
})
