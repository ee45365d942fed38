import { createPrivacyClient, PrivacyError } from '@mp-privacy/core'
import { createWechatSimulator } from '@mp-privacy/simulator'
import { render, screen } from '@testing-library/vue'
import { expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { fire, setup, start, tapAgree } from '../../test/helpers'
import AgreeButton from '../components/AgreeButton.vue'
import { createPrivacyPlugin } from '../index'

test("H13/H17: its agree event calls client.agree with the button's id and the pending calls continue", async () => {
  const { sim, renderApp, settle } = setup()
  renderApp(AgreeButton)
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  const button = screen.getByRole('button')
  expect(button.id).toBe('mp-privacy-agree')
  expect(button.getAttribute('open-type')).toBe('agreePrivacyAuthorization')
  tapAgree(sim, button)
  await settle()
  expect(clipboard.outcome).toBe('success')
})

test('H17: a tap on the agree button never agrees by itself', async () => {
  const { sim, client, renderApp, settle } = setup()
  renderApp(AgreeButton)
  const clipboard = start((o) => sim.wx.getClipboardData(o))
  await settle()

  await fire(screen.getByRole('button'), 'tap')
  await fire(screen.getByRole('button'), 'click')
  await settle()
  expect(clipboard.outcome).toBe('pending')
  expect(client.store.getState().pending).toHaveLength(1)
})

test('the label is its default slot; its agree event reaches the parent after the agreement', async () => {
  const { sim, client, renderApp, settle } = setup()
  const seen: string[] = []
  renderApp(
    defineComponent(
      () => () =>
        h(
          AgreeButton,
          { onAgreeprivacyauthorization: () => seen.push(client.store.getState().consent.status) },
          () => '同意并继续',
        ),
    ),
  )
  await settle()
  tapAgree(sim, screen.getByText('同意并继续'))
  expect(seen).toHaveLength(1)
  await settle()
  expect(client.store.getState().consent.status).toBe('agreed')
})

test('H17: a coupled open-type records consent and passes the phone-number event on', async () => {
  const { sim, renderApp, settle } = setup({}, { agreeButtonId: ['agree-btn', 'phone-btn'] })
  const phone: unknown[] = []
  renderApp(
    defineComponent(
      () => () =>
        h(AgreeButton, {
          id: 'phone-btn',
          openType: 'getPhoneNumber|agreePrivacyAuthorization',
          onGetphonenumber: (event: unknown) => phone.push(event),
        }),
    ),
  )
  const album = start((o) => sim.wx.chooseImage(o))
  await settle()

  const button = screen.getByRole('button')
  expect(button.id).toBe('phone-btn')
  expect(button.getAttribute('open-type')).toBe('getPhoneNumber|agreePrivacyAuthorization')
  tapAgree(sim, button)
  await fire(button, 'getphonenumber')
  await settle()
  expect(album.outcome).toBe('success')
  expect(phone).toHaveLength(1)
})

test('H13: an id the client does not know fails loudly with BUTTON_ID_MISMATCH', async () => {
  const sim = createWechatSimulator()
  const client = createPrivacyClient({ host: sim.wx, agreeButtonId: 'agree-btn' })
  const errors: unknown[] = []
  render(AgreeButton, {
    props: { id: 'other-btn' },
    global: {
      plugins: [createPrivacyPlugin({ client, lifecycle: null })],
      config: { errorHandler: (error) => errors.push(error) },
    },
  })
  tapAgree(sim, screen.getByRole('button'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toBeInstanceOf(PrivacyError)
  expect((errors[0] as PrivacyError).code).toBe('BUTTON_ID_MISMATCH')
  client.destroy()
})
