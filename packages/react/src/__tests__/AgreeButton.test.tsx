import { PrivacyError } from '@mp-privacy/core'
import { act, screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { setup, start, tapAgree } from '../../test/helpers'
import { AgreeButton, usePrivacy } from '../index'

test('H13/H17: AgreeButton is an agree open-type button with the client id; its agree event continues the calls', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: ['agree-btn', 'phone-btn'] })
  const onAgree = vi.fn()
  renderApp(<AgreeButton onAgreePrivacyAuthorization={onAgree}>同意</AgreeButton>)
  const button = screen.getByText('同意')
  expect([button.id, button.dataset.openType]).toEqual(['agree-btn', 'agreePrivacyAuthorization'])

  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  tapAgree(sim, button)
  await settle()
  expect(clipboard.outcome).toBe('success')
  expect(onAgree).toHaveBeenCalledTimes(1)
})

test('H17: a combined open-type with another configured id records consent and continues the calls', async () => {
  const { sim, client, renderApp, settle } = setup({}, { agreeButtonId: ['agree-btn', 'phone-btn'] })
  renderApp(
    <AgreeButton id="phone-btn" openType="getPhoneNumber|agreePrivacyAuthorization">
      手机号登录
    </AgreeButton>,
  )
  const button = screen.getByText('手机号登录')
  expect(button.dataset.openType).toBe('getPhoneNumber|agreePrivacyAuthorization')
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  tapAgree(sim, button)
  await settle()
  expect(clipboard.outcome).toBe('success')
  expect(client.store.getState().consent.status).toBe('agreed')
})

test('H17: a click on the agree button agrees to nothing', async () => {
  const { sim, client, renderApp, settle } = setup()
  renderApp(<AgreeButton>同意</AgreeButton>)
  const clipboard = start((o) => sim.host.getClipboardData(o))
  await settle()
  act(() => screen.getByText('同意').click())
  await settle()
  expect(clipboard.outcome).toBe('pending')
  expect(client.store.getState().pending).toHaveLength(1)
})

function Probe({ onAgree }: { onAgree: (agree: (buttonId?: string) => void) => void }) {
  onAgree(usePrivacy().agree)
  return null
}

test('H13: an id the client does not know is a bug and throws BUTTON_ID_MISMATCH; the default id agrees', async () => {
  const { sim, client, renderApp, settle } = setup()
  let agree: ((buttonId?: string) => void) | undefined
  renderApp(
    <Probe
      onAgree={(fn) => {
        agree = fn
      }}
    />,
  )
  await settle()
  expect(() => agree?.('other')).toThrow(PrivacyError)
  expect(client.store.getState().consent.status).toBe('required')
  sim.tapAgree(client.agreeButtonId)
  act(() => agree?.())
  await settle()
  expect(client.store.getState().consent.status).toBe('agreed')
})
