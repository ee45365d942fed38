import { describe, expect, test } from 'vitest'
import { type Scope, selectScopeStatus } from '../index'
import { setup } from './setup'

describe('scopes', () => {
  test('H24: a fresh user has asked for nothing', async () => {
    const { client } = setup()
    expect(selectScopeStatus(client.store.getState(), 'scope.userLocation')).toBe('loading')
    await client.refreshScopes()
    expect(client.store.getState().scopes).toEqual({ status: 'ready', values: {}, error: null })
    expect(selectScopeStatus(client.store.getState(), 'scope.userLocation')).toBe('not-asked')
  })

  test('H24: refreshScopes maps authSetting to granted/denied', async () => {
    const { client } = setup({ authSetting: { 'scope.userLocation': false, 'scope.record': true } })
    await client.refreshScopes()
    expect(client.store.getState().scopes.values).toEqual({
      'scope.userLocation': 'denied',
      'scope.record': 'granted',
    })
  })

  test('H24: concurrent refreshScopes calls share one getSetting call', async () => {
    const { sim, client } = setup()
    await Promise.all(Array.from({ length: 20 }, () => client.refreshScopes()))
    expect(sim.calls.filter((c) => c.api === 'getSetting')).toHaveLength(1)
  })

  test('H25: never asked → the popup; allow → granted', async () => {
    const { sim, client } = setup({ agreed: true, authorizePopup: 'allow' })
    await expect(client.authorize('scope.record')).resolves.toBe('granted')
    expect(client.store.getState().scopes.values['scope.record']).toBe('granted')
    expect(sim.state.authSetting['scope.record']).toBe(true)
  })

  test('H25: deny → denied, and denied before → denied at once without a popup', async () => {
    let popups = 0
    const { sim, client } = setup({
      agreed: true,
      authorizePopup: () => {
        popups++
        return 'deny'
      },
    })
    await expect(client.authorize('scope.record')).resolves.toBe('denied')
    await expect(client.authorize('scope.record')).resolves.toBe('denied')
    expect(popups).toBe(1)
    expect(client.store.getState().scopes.values['scope.record']).toBe('denied')
    expect(sim.state.authSetting['scope.record']).toBe(false)
  })

  test.each([
    'authorize:fail auth deny',
    'authorize:fail:auth deny',
    'authorize:fail 系统错误,错误码:-12006,auth deny',
  ] as const)('H25: every denial spelling reads as denied (%s)', async (authDenyMessage) => {
    const { client } = setup({ agreed: true, authSetting: { 'scope.camera': false }, authDenyMessage })
    await expect(client.authorize('scope.camera')).resolves.toBe('denied')
  })

  test('H25: scope.userInfo rejects with SCOPE_UNAUTHORIZED', async () => {
    const { client } = setup({ agreed: true })
    await expect(client.authorize('scope.userInfo')).rejects.toMatchObject({ code: 'SCOPE_UNAUTHORIZED' })
  })

  test('an unknown scope is a TypeError that lists the valid ones, before anything reaches the host', async () => {
    const { sim, client } = setup()
    await expect(client.authorize('scope.gps' as Scope)).rejects.toThrowError(TypeError)
    await expect(client.ensureScope('scope.gps' as Scope)).rejects.toThrowError(/scope\.userLocation/)
    await expect(client.requestScope('scope.gps' as Scope)).rejects.toThrowError(
      /^requestScope\(\): unknown scope/,
    )
    expect(sim.calls.map((c) => c.api)).not.toContain('requirePrivacyAuthorize')
    expect(sim.calls.map((c) => c.api)).not.toContain('authorize')
  })

  test('H26: openSettings outside a tap rejects with TAP_REQUIRED', async () => {
    const { client } = setup({ agreed: true, authSetting: { 'scope.userLocation': false } })
    await expect(client.openSettings()).rejects.toMatchObject({ code: 'TAP_REQUIRED' })
  })

  test('H26: openSettings inside a tap stores the new authSetting and re-queries getSetting', async () => {
    const { sim, client } = setup({
      agreed: true,
      authSetting: { 'scope.userLocation': false },
      settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': true }),
    })
    await client.refreshScopes()
    expect(selectScopeStatus(client.store.getState(), 'scope.userLocation')).toBe('denied')
    let result: ReturnType<typeof client.openSettings> | undefined
    sim.userTap(() => {
      result = client.openSettings()
    })
    await expect(result).resolves.toMatchObject({
      status: 'ready',
      values: { 'scope.userLocation': 'granted' },
    })
    expect(sim.calls.filter((c) => c.api === 'getSetting')).toHaveLength(2)
  })

  test('H26: the tap context is lost after an await', async () => {
    const { sim, client } = setup({ agreed: true })
    let result: Promise<unknown> | undefined
    sim.userTap(() => {
      result = client.refreshScopes().then(() => client.openSettings())
    })
    await expect(result).rejects.toMatchObject({ code: 'TAP_REQUIRED' })
  })

  test('ensureScope: consent first, then authorization', async () => {
    const { sim, client } = setup({ authorizePopup: 'allow' })
    client.registerOwner('page').show()
    const granted = client.ensureScope('scope.userLocation')
    await sim.flush()
    expect(client.store.getState().pending.map((p) => p.referrer)).toEqual(['requirePrivacyAuthorize'])
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await expect(granted).resolves.toBe('granted')
    expect(sim.state.authSetting['scope.userLocation']).toBe(true)
  })

  test('H25: requestScope resolves denied, now or denied before, and granted when allowed', async () => {
    let popups = 0
    const { client } = setup({
      agreed: true,
      authorizePopup: () => {
        popups++
        return 'deny'
      },
    })
    await expect(client.requestScope('scope.record')).resolves.toBe('denied')
    await expect(client.requestScope('scope.record')).resolves.toBe('denied')
    expect(popups).toBe(1)
    expect(selectScopeStatus(client.store.getState(), 'scope.record')).toBe('denied')
    const allowed = setup({ agreed: true, authorizePopup: 'allow' })
    await expect(allowed.client.requestScope('scope.camera')).resolves.toBe('granted')
  })

  test('requestScope: consent first, then authorization; a refused guide rejects with DISAGREED', async () => {
    const { sim, client } = setup({ authorizePopup: 'allow' })
    client.registerOwner('page').show()
    const refused = client.requestScope('scope.userLocation')
    await sim.flush()
    expect(client.store.getState().pending.map((p) => p.referrer)).toEqual(['requirePrivacyAuthorize'])
    client.disagree()
    await expect(refused).rejects.toMatchObject({ code: 'DISAGREED' })
    expect(sim.state.authSetting['scope.userLocation']).toBeUndefined()
  })

  test('ensureScope rejects with AUTH_DENIED when denied, so the UI can offer Settings', async () => {
    const { client } = setup({ agreed: true, authSetting: { 'scope.userLocation': false } })
    await expect(client.ensureScope('scope.userLocation')).rejects.toMatchObject({ code: 'AUTH_DENIED' })
    expect(selectScopeStatus(client.store.getState(), 'scope.userLocation')).toBe('denied')
  })

  test('ensureScope rejects with DISAGREED when the user refuses the privacy guide', async () => {
    const { sim, client } = setup()
    client.registerOwner('page').show()
    const granted = client.ensureScope('scope.userLocation')
    await sim.flush()
    client.disagree()
    await expect(granted).rejects.toMatchObject({ code: 'DISAGREED' })
    expect(sim.state.authSetting['scope.userLocation']).toBeUndefined()
  })

  test('H8: revoking a scope in Settings leaves consent agreed', async () => {
    const { sim, client } = setup({
      agreed: true,
      authSetting: { 'scope.userLocation': true },
      settings: (authSetting) => ({ ...authSetting, 'scope.userLocation': false }),
    })
    let result: Promise<unknown> | undefined
    sim.userTap(() => {
      result = client.openSettings()
    })
    await result
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('agreed')
    expect(client.store.getState().scopes.values['scope.userLocation']).toBe('denied')
  })
})
