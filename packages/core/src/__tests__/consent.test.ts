import { createWechatSimulator } from '@mp-privacy/simulator'
import { describe, expect, test, vi } from 'vitest'
import { createPrivacyClient, getDefaultClient, PrivacyError, toPrivacyError } from '../index'
import { setup, start } from './setup'

describe('consent', () => {
  test('H1/H2: below base library 2.32.3 consent is unsupported, no listener, and gates pass', async () => {
    const { sim, client } = setup({ baseLibrary: '2.32.2' })
    expect(client.store.getState().consent.status).toBe('unsupported')
    await client.refresh()
    await client.requireConsent()
    expect(client.store.getState().consent.status).toBe('unsupported')
    expect(sim.state.listenerRegistered).toBe(false)
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    expect(location.outcome).toBe('success')
  })

  test('no host at all (H5, SSR, Node) makes consent and scopes unsupported', async () => {
    const client = createPrivacyClient({ host: null })
    expect(client.store.getState().consent.status).toBe('unsupported')
    expect(client.store.getState().scopes.status).toBe('unsupported')
    await expect(client.requireConsent()).resolves.toBeUndefined()
    await expect(client.refresh()).resolves.toMatchObject({ status: 'unsupported' })
    await expect(client.openSettings()).rejects.toMatchObject({ code: 'UNSUPPORTED' })
  })

  test('H27: Taro H5 stubs that "succeed" without data are treated as unsupported', async () => {
    const stub = (options: { success?: (res: { errMsg: string }) => void }) => {
      options.success?.({ errMsg: '暂时不支持 API' })
    }
    const client = createPrivacyClient({
      host: {
        getPrivacySetting: stub,
        requirePrivacyAuthorize: stub,
        getSetting: stub,
        authorize: stub,
        openSetting: stub,
      },
    })
    await client.refresh()
    await client.refreshScopes()
    expect(client.store.getState().consent.status).toBe('unsupported')
    expect(client.store.getState().scopes.status).toBe('unsupported')
  })

  test('H27: Taro H5 dev stubs that fail are treated as unsupported', async () => {
    const stub = (options: { fail?: (res: { errMsg: string }) => void }) => {
      options.fail?.({ errMsg: 'getPrivacySetting:fail 暂时不支持 API' })
    }
    const client = createPrivacyClient({ host: { getPrivacySetting: stub, getSetting: stub } })
    await client.refresh()
    await client.refreshScopes()
    expect(client.store.getState().consent).toMatchObject({ status: 'unsupported', error: null })
    expect(client.store.getState().scopes.status).toBe('unsupported')
  })

  test('H3: the client installs exactly one listener for the app, however many owners register', () => {
    const { sim, client } = setup()
    for (const id of ['a', 'b', 'c']) client.registerOwner(id).show()
    expect(sim.state.listenerRegistered).toBe(true)
    expect(sim.state.listenerRegistrations).toBe(1)
  })

  test('H6: refresh reads needAuthorization and the contract name', async () => {
    const { client } = setup({ contractName: '《测试隐私保护指引》' })
    expect(client.store.getState().consent.status).toBe('unknown')
    const pending = client.refresh()
    expect(client.store.getState().consent.status).toBe('checking')
    await expect(pending).resolves.toEqual({
      status: 'required',
      contractName: '《测试隐私保护指引》',
      error: null,
    })
  })

  test('H6: an agreed user reads agreed', async () => {
    const { client } = setup({ agreed: true })
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('agreed')
  })

  test('H6: newly declared types after an earlier agreement make consent required again', async () => {
    const { client } = setup({ declared: ['Location', 'Clipboard'], agreed: ['Location'] })
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('required')
  })

  test('H6: concurrent refresh calls share one getPrivacySetting call', async () => {
    const { sim, client } = setup()
    await Promise.all([client.refresh(), client.refresh(), client.refresh()])
    expect(sim.calls.filter((c) => c.api === 'getPrivacySetting')).toHaveLength(1)
    await client.refresh()
    expect(sim.calls.filter((c) => c.api === 'getPrivacySetting')).toHaveLength(2)
  })

  test('H10/H11: two simultaneous gated calls become two pending requests, and one agree settles both', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    await sim.flush()
    expect(client.store.getState().pending.map((p) => p.referrer)).toEqual([
      'getLocation',
      'getClipboardData',
    ])
    expect(client.store.getState().consent.status).toBe('required')

    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect([location.outcome, clipboard.outcome]).toEqual(['success', 'success'])
    expect(client.store.getState().pending).toEqual([])
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(sim.state.ignoredResolves).toBe(0)
  })

  test('H12: exposure is reported once per request when the prompt becomes visible, and settles nothing', async () => {
    const sim = createWechatSimulator()
    const events: string[] = []
    // Spy on what the client hands to WeChat's resolve functions.
    const client = createPrivacyClient({
      agreeButtonId: 'agree-btn',
      host: {
        ...sim.wx,
        onNeedPrivacyAuthorization: (listener) =>
          sim.wx.onNeedPrivacyAuthorization?.((resolve, info) =>
            listener((options) => {
              events.push(options.event)
              resolve(options)
            }, info),
          ),
      },
    })
    const owner = client.registerOwner('page')
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    expect(events).toEqual([])
    owner.show()
    owner.hide()
    owner.show()
    await sim.flush()
    expect(events).toEqual(['exposureAuthorization'])
    expect(location.outcome).toBe('pending')
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect(events).toEqual(['exposureAuthorization', 'agree'])
    expect(location.outcome).toBe('success')
    expect(sim.state.ignoredResolves).toBe(0)
    client.destroy()
  })

  test('getDefaultClient creates one client on first use, with the native wx', () => {
    const sim = createWechatSimulator()
    vi.stubGlobal('wx', sim.wx)
    try {
      const client = getDefaultClient()
      expect(getDefaultClient()).toBe(client)
      expect(sim.state.listenerRegistrations).toBe(1)
      client.destroy()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  test('H13: agree() with an id that is not an agree button throws and settles nothing', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    expect(() => client.agree('other-btn')).toThrowError(PrivacyError)
    expect(() => client.agree('other-btn')).toThrowError(/agree-btn/)
    await sim.flush()
    expect(location.outcome).toBe('pending')
    expect(client.store.getState().pending).toHaveLength(1)
  })

  test('H13: agreeing with a known id whose button was not tapped fails the call as WeChat does', async () => {
    const { sim, client } = setup({}, { agreeButtonId: ['agree-btn', 'agree-btn-2'] })
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    sim.tapAgree('agree-btn')
    client.agree('agree-btn-2')
    await sim.flush()
    expect(location.outcome).toBe('fail')
    expect(toPrivacyError(location).code).toBe('BUTTON_ID_MISMATCH')
    expect(client.store.getState().pending).toEqual([])
  })

  test('H14: disagree fails every pending call and consent stays required', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    await sim.flush()
    client.disagree()
    await sim.flush()
    expect([location.outcome, clipboard.outcome]).toEqual(['fail', 'fail'])
    expect(toPrivacyError(location).code).toBe('DISAGREED')
    expect(client.store.getState().consent.status).toBe('required')
    expect(client.store.getState().pending).toEqual([])
    expect(sim.state.agreed).toBe(false)
  })

  test('H17: a tap on the agree button records consent even with nothing pending', async () => {
    const { sim, client } = setup()
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('required')
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await sim.flush()
    expect(client.store.getState().consent.status).toBe('agreed')
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(sim.state.agreed).toBe(true)
  })

  test('H19: requireConsent resolves at once when agreed, without an event', async () => {
    const { sim, client } = setup({ agreed: true })
    await client.requireConsent()
    expect(client.store.getState().pending).toEqual([])
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(sim.calls.map((c) => c.api)).toContain('requirePrivacyAuthorize')
  })

  test('H19: requireConsent waits for the prompt and resolves on agree', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    let done = false
    const consent = client.requireConsent().then(() => {
      done = true
    })
    await sim.flush()
    expect(client.store.getState().pending.map((p) => p.referrer)).toEqual(['requirePrivacyAuthorize'])
    expect(done).toBe(false)
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await consent
    expect(client.store.getState().consent.status).toBe('agreed')
  })

  test('H19: requireConsent rejects with DISAGREED on disagree', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const consent = client.requireConsent()
    await sim.flush()
    client.disagree()
    await expect(consent).rejects.toMatchObject({ code: 'DISAGREED', name: 'PrivacyError' })
    expect(client.store.getState().consent.status).toBe('required')
  })

  test('H20: openContract opens the contract page', async () => {
    const { sim, client } = setup()
    await client.openContract()
    expect(sim.calls.at(-1)).toMatchObject({ api: 'openPrivacyContract', outcome: 'success' })
  })

  test('destroy settles every pending request with disagree, and later events too', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const location = start((o) => sim.wx.getLocation(o))
    await sim.flush()
    client.destroy()
    const clipboard = start((o) => sim.wx.getClipboardData(o))
    await sim.flush()
    expect([location.outcome, clipboard.outcome]).toEqual(['fail', 'fail'])
    expect(sim.state.pendingPrivacy).toBe(0)
  })
})
