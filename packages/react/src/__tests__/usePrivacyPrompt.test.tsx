import { Button } from '@tarojs/components'
import { act, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { setup, start, tapAgree } from '../../test/helpers'
import { createPage, TaroPage } from '../../test/stubs/taro'
import { usePrivacyPrompt } from '../index'

function Popup({ page }: { page: string }) {
  const prompt = usePrivacyPrompt()
  if (!prompt.visible) return null
  return (
    <div data-testid={`popup-${page}`}>
      <span data-testid={`referrers-${page}`}>{prompt.referrers.join(',')}</span>
      <span data-testid={`contract-${page}`}>{prompt.contractName}</span>
      <Button
        id={prompt.agreeButtonId}
        openType="agreePrivacyAuthorization"
        onAgreePrivacyAuthorization={prompt.agree}
      >
        同意
      </Button>
      <Button onClick={prompt.disagree}>拒绝</Button>
    </div>
  )
}

const pageA = createPage()
const pageB = createPage()
const App = ({ withB }: { withB: boolean }) => (
  <>
    <TaroPage page={pageA}>
      <Popup page="a" />
    </TaroPage>
    {withB && (
      <TaroPage page={pageB}>
        <Popup page="b" />
      </TaroPage>
    )}
  </>
)

test('H10/H11: two simultaneous gated calls show one prompt and are settled by one agree tap', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(<App withB={false} />)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  const album = start((o) => sim.host.chooseImage(o))
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
  renderApp(<App withB={false} />)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  const album = start((o) => sim.host.chooseImage(o))
  await settle()

  act(() => screen.getByText('拒绝').click())
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
  const { rerender } = renderApp(<App withB={false} />)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  expect(screen.getByTestId('popup-a')).toBeTruthy()

  // navigateTo B: A hides, B mounts and shows. Hidden A is not re-rendered: its old prompt stays in its
  // (invisible) tree until A shows again.
  act(() => pageA.hide())
  rerender(<App withB />)
  await settle()
  expect(screen.getAllByText('同意')).toHaveLength(2)
  expect(screen.getByTestId('referrers-b').textContent).toBe('getClipboardData')

  // navigateBack: B unloads, A shows again.
  act(() => pageB.unload())
  rerender(<App withB={false} />)
  act(() => pageA.show())
  await settle()
  expect(screen.getByTestId('popup-a')).toBeTruthy()
  expect(screen.getAllByText('同意')).toHaveLength(1)

  tapAgree(sim, screen.getByText('同意'))
  await settle()
  expect(clipboard.outcome).toBe('success')
})

test('a hidden page does not show the prompt; it shows once the page shows again', async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(<App withB={false} />)
  act(() => pageA.hide())
  start((o) => sim.host.getClipboardData(o))
  await settle()
  expect(screen.queryByTestId('popup-a')).toBeNull()

  act(() => pageA.show())
  await settle()
  expect(screen.getByTestId('popup-a')).toBeTruthy()
})

test('H13: agree from a page goes through the agree event with the configured button id', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: 'agree-btn' })
  renderApp(<App withB={false} />)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()

  const button = screen.getByText('同意')
  expect(button.id).toBe('agree-btn')
  tapAgree(sim, button)
  await settle()
  expect(clipboard.outcome).toBe('success')
})
