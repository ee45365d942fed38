import { screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { countCalls, fire, setup, start, tapAgree } from '../../test/helpers'
import { createPage, type TestPage } from '../../test/stubs/pages'
import { usePrivacyPrompt } from '../index'

const Popup = defineComponent({
  props: { name: { type: String, required: true } },
  setup(props) {
    const { visible, referrers, contractName, agree, disagree, agreeButtonId } = usePrivacyPrompt()
    return () =>
      visible.value
        ? h('div', { 'data-testid': `popup-${props.name}` }, [
            h('span', { 'data-testid': `referrers-${props.name}` }, referrers.value.join(',')),
            h('span', { 'data-testid': `contract-${props.name}` }, contractName.value ?? ''),
            h(
              'button',
              {
                id: agreeButtonId,
                'open-type': 'agreePrivacyAuthorization',
                onAgreeprivacyauthorization: agree,
              },
              '同意',
            ),
            h('button', { onTap: disagree }, '拒绝'),
          ])
        : null
  },
})

describe('pages', () => {
  function pages(renderApp: ReturnType<typeof setup>['renderApp']) {
    const renderPage = (page: TestPage, name: string) =>
      renderApp(defineComponent(() => () => h(page.Page, null, () => h(Popup, { name }))))
    return { renderPage, pageA: createPage(), pageB: createPage() }
  }

  test('H10/H11: two simultaneous gated calls show one prompt and are settled by one agree tap', async () => {
    const { sim, renderApp, settle } = setup()
    const { renderPage, pageA } = pages(renderApp)
    renderPage(pageA, 'a')
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    const album = start((o) => sim.wx.chooseImage(o))
    await settle()

    expect(screen.getByTestId('referrers-a').textContent).toBe('getClipboardData,chooseImage')
    expect(screen.getByTestId('contract-a').textContent).toBe('《示例小程序隐私保护指引》')
    tapAgree(sim, screen.getByText('同意'))
    await settle()

    expect([clipboard.outcome, album.outcome]).toEqual(['success', 'success'])
    expect(screen.queryByTestId('popup-a')).toBeNull()
    expect(sim.state.agreed).toBe(true)
  })

  test('H14: disagree fails every pending call with errno 104 and hides the prompt', async () => {
    const { sim, client, renderApp, settle } = setup()
    const { renderPage, pageA } = pages(renderApp)
    renderPage(pageA, 'a')
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    const album = start((o) => sim.wx.chooseImage(o))
    await settle()

    await fire(screen.getByText('拒绝'), 'tap')
    await settle()

    expect([clipboard, album]).toEqual([
      { outcome: 'fail', errno: 104, errMsg: 'getClipboardData:fail privacy permission is not authorized' },
      { outcome: 'fail', errno: 104, errMsg: 'chooseImage:fail privacy permission is not authorized' },
    ])
    expect(screen.queryByTestId('popup-a')).toBeNull()
    expect(client.store.getState().consent.status).toBe('required')
  })

  test('the prompt moves to the page the user opens and back when it closes', async () => {
    const { sim, renderApp, settle } = setup()
    const { renderPage, pageA, pageB } = pages(renderApp)
    renderPage(pageA, 'a')
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    await settle()
    expect(screen.getByTestId('popup-a')).toBeTruthy()

    // navigateTo B: A hides, B loads and shows. Hidden A is not re-rendered: its old prompt stays in its
    // (invisible) tree until A shows again.
    pageA.hide()
    const b = renderPage(pageB, 'b')
    pageB.show()
    await settle()
    expect(screen.getAllByText('同意')).toHaveLength(2)
    expect(screen.getByTestId('referrers-b').textContent).toBe('getClipboardData')

    // navigateBack: B unloads, A shows again.
    pageB.unload()
    b.unmount()
    pageA.show()
    await settle()
    expect(screen.getByTestId('popup-a')).toBeTruthy()
    expect(screen.getAllByText('同意')).toHaveLength(1)

    tapAgree(sim, screen.getByText('同意'))
    await settle()
    expect(clipboard.outcome).toBe('success')
  })

  test('a hidden page does not show the prompt; it shows once the page shows again', async () => {
    const { sim, renderApp, settle } = setup()
    const { renderPage, pageA } = pages(renderApp)
    renderPage(pageA, 'a')
    pageA.hide()
    start((o) => sim.wx.getClipboardData(o))
    await settle()
    expect(screen.queryByTestId('popup-a')).toBeNull()

    pageA.show()
    await settle()
    expect(screen.getByTestId('popup-a')).toBeTruthy()
  })
})

test('H13: agree goes through the agree event with the configured button id', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: 'agree-btn' })
  const page = createPage()
  renderApp(defineComponent(() => () => h(page.Page, null, () => h(Popup, { name: 'a' }))))
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  const button = screen.getByText('同意')
  expect(button.id).toBe('agree-btn')
  tapAgree(sim, button)
  await settle()
  expect(clipboard.outcome).toBe('success')
})

test('H28: the prompt appears after the listener returned, not inside its synchronous frame', async () => {
  const { sim, renderApp, settle } = setup()
  const page = createPage()
  renderApp(defineComponent(() => () => h(page.Page, null, () => h(Popup, { name: 'a' }))))
  await settle()
  start((o) => sim.wx.getClipboardData(o))
  expect(screen.queryByTestId('popup-a')).toBeNull()
  await settle()
  expect(screen.getByTestId('popup-a')).toBeTruthy()
})

test('the first prompt to mount asks WeChat for the contract name once', async () => {
  const { sim, renderApp, settle } = setup()
  const page = createPage()
  renderApp(
    defineComponent(() => () => h(page.Page, null, () => [h(Popup, { name: 'a' }), h(Popup, { name: 'b' })])),
  )
  await settle()
  expect(countCalls(sim, 'getPrivacySetting')).toBe(1)
})

test('an unmounted prompt gives the prompt back to the other page', async () => {
  const { sim, renderApp, settle } = setup()
  const [pageA, pageB] = [createPage(), createPage()]
  renderApp(defineComponent(() => () => h(pageA.Page, null, () => h(Popup, { name: 'a' }))))
  const b = renderApp(defineComponent(() => () => h(pageB.Page, null, () => h(Popup, { name: 'b' }))))
  start((o) => sim.wx.getClipboardData(o))
  await settle()
  expect(screen.queryByTestId('popup-a')).toBeNull()
  expect(screen.getByTestId('popup-b')).toBeTruthy()

  b.unmount()
  await settle()
  expect(screen.getByTestId('popup-a')).toBeTruthy()
})
