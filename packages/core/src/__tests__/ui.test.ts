import { describe, expect, test } from 'vitest'
import { createPrivacyClient } from '../index'
import {
  checkConsent,
  checkScopes,
  consentGate,
  defaultTexts,
  pageSubscription,
  privacyGuardView,
  requestScope,
  scopeGuardView,
} from '../ui'
import { setup } from './setup'

describe('@mp-privacy/core/ui', () => {
  test('checkConsent asks WeChat once, however many components mount', async () => {
    const { sim, client } = setup()
    checkConsent(client)
    checkConsent(client)
    await client.refresh()
    checkConsent(client)
    expect(sim.calls.filter((c) => c.api === 'getPrivacySetting')).toHaveLength(1)
  })

  test('checkScopes reads the settings once', async () => {
    const { sim, client } = setup()
    for (let i = 0; i < 20; i++) checkScopes(client)
    await client.refreshScopes()
    checkScopes(client)
    expect(sim.calls.filter((c) => c.api === 'getSetting')).toHaveLength(1)
  })

  test('consentGate waits for the next status change, one promise per client', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const first = consentGate(client)
    expect(first).toBeInstanceOf(Promise)
    expect(consentGate(client)).toBe(first)
    await first // checking → required
    expect(client.store.getState().consent.status).toBe('required')
    const second = consentGate(client)
    expect(second).toBeInstanceOf(Promise)
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await second
    expect(consentGate(client)).toBe(true)
  })

  test('consentGate passes on a host without the privacy gate (H2)', () => {
    const { client } = setup({ baseLibrary: '2.32.2' })
    expect(consentGate(client)).toBe(true)
  })

  test('consentGate returns the error when reading consent failed', async () => {
    const { sim } = setup()
    const failing = {
      ...sim.wx,
      getPrivacySetting: (options: { fail?: (err: { errMsg: string }) => void }) =>
        options.fail?.({ errMsg: 'getPrivacySetting:fail system error' }),
    }
    const broken = createPrivacyClient({ host: failing })
    await broken.refresh()
    expect(consentGate(broken)).toMatchObject({ code: 'HOST_ERROR', name: 'PrivacyError' })
    broken.destroy()
  })

  test('requestScope resolves denied when the user denies (H25), granted when allowed', async () => {
    const denied = setup({ agreed: true, authorizePopup: 'deny' })
    await expect(requestScope(denied.client, 'scope.record')).resolves.toBe('denied')
    await expect(requestScope(denied.client, 'scope.record')).resolves.toBe('denied')
    const allowed = setup({ agreed: true, authorizePopup: 'allow' })
    await expect(requestScope(allowed.client, 'scope.record')).resolves.toBe('granted')
  })

  test('requestScope rejects when the privacy guide is refused', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const request = requestScope(client, 'scope.userLocation')
    await sim.flush()
    client.disagree()
    await expect(request).rejects.toMatchObject({ code: 'DISAGREED' })
  })

  test('default texts exist for every key, in Chinese', () => {
    expect(Object.keys(defaultTexts).sort()).toEqual(
      ['agree', 'description', 'disagree', 'openContract', 'openSettings', 'request', 'title'].sort(),
    )
    for (const text of Object.values(defaultTexts)) expect(text).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('guard views', () => {
  test.each([
    ['agreed', 'content'],
    ['unsupported', 'content'],
    ['unknown', 'loading'],
    ['checking', 'loading'],
    ['required', 'prompt'],
    ['error', 'prompt'],
  ] as const)('privacyGuardView(%s) is %s', (status, view) => {
    expect(privacyGuardView(status)).toBe(view)
  })

  test("privacyGuardView: a guard that does not show the page's prompt shows nothing instead", () => {
    expect(privacyGuardView('required', false)).toBe('none')
    expect(privacyGuardView('error', false)).toBe('none')
    expect(privacyGuardView('agreed', false)).toBe('content')
  })

  test.each([
    ['granted', 'content'],
    ['unsupported', 'content'],
    ['denied', 'settings'],
    ['not-asked', 'request'],
    ['loading', 'request'],
    ['error', 'request'],
    ['scope-unsupported', 'none'],
  ] as const)('scopeGuardView(%s) is %s', (status, view) => {
    expect(scopeGuardView(status)).toBe(view)
  })
})

describe('pageSubscription', () => {
  test('holds changes back while the page is hidden and delivers one notification on show', async () => {
    const { client } = setup()
    const page = pageSubscription(client.store)
    let notified = 0
    const unsubscribe = page.subscribe(() => {
      notified++
    })
    client.registerOwner('a').show()
    expect(notified).toBe(1)
    page.hide()
    const hidden = client.store.getState()
    client.registerOwner('b').show()
    await client.refresh()
    expect(notified).toBe(1)
    expect(page.getState()).toBe(hidden)
    page.show()
    expect(notified).toBe(2)
    expect(page.getState()).toBe(client.store.getState())
    page.show()
    expect(notified).toBe(2)
    unsubscribe()
    client.registerOwner('c').show()
    expect(notified).toBe(2)
  })
})
