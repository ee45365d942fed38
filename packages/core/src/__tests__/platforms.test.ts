import { createAlipaySimulator, createDouyinSimulator, simulatedPlatforms } from '@mp-privacy/simulator'
import { afterEach, describe, expect, test } from 'vitest'
import {
  createPrivacyClient,
  defaultHost,
  detectPlatform,
  PLATFORMS,
  type PlatformId,
  type PrivacyResolveOptions,
  platformHost,
  selectScopeStatus,
  toPrivacyError,
} from '../index'
import { setupOn } from './setup'

const platforms: PlatformId[] = ['weapp', 'tt', 'alipay']

/** Calls a gated API of the simulated host and resolves with what its `fail` received, or `'ok'`. */
function call(api: (options: { success: () => void; fail: (err: unknown) => void }) => unknown) {
  return new Promise<unknown>((resolve) => api({ success: () => resolve('ok'), fail: resolve }))
}

describe.each(platforms)('the same consent flow on %s', (platform) => {
  test('H6, H10, H13: one prompt, one agree settles every waiting call exactly once', async () => {
    const { sim, client } = setupOn(platform)
    await expect(client.refresh()).resolves.toMatchObject({ status: 'required' })
    client.registerOwner('page').show()
    const location = call((o) => sim.host.getLocation(o))
    const clipboard = call((o) => sim.host.getClipboardData(o))
    await sim.flush()
    expect(client.store.getState().pending.map((p) => p.referrer)).toEqual([
      'getLocation',
      'getClipboardData',
    ])
    expect(client.store.getState().prompt).toEqual({ ownerId: 'page', visible: true })
    sim.tapAgree('agree-btn')
    client.agree('agree-btn')
    await expect(Promise.all([location, clipboard])).resolves.toEqual(['ok', 'ok'])
    await sim.flush()
    expect(sim.state).toMatchObject({ agreed: true, ignoredResolves: 0, pendingPrivacy: 0 })
    expect(client.store.getState()).toMatchObject({ consent: { status: 'agreed' }, pending: [] })
    expect(client.store.getState().prompt.visible).toBe(false)
  })

  test('H14, H32, H37: disagree fails the waiting call with DISAGREED; consent stays required', async () => {
    const { sim, client } = setupOn(platform)
    client.registerOwner('page').show()
    const clipboard = call((o) => sim.host.getClipboardData(o))
    await sim.flush()
    client.disagree()
    expect(toPrivacyError(await clipboard)).toMatchObject({ code: 'DISAGREED', api: 'getClipboardData' })
    await client.refresh()
    expect(client.store.getState().consent.status).toBe('required')
  })

  test('H24–H26, H33, H38: a denied scope goes through Settings and comes back live', async () => {
    const key = PLATFORMS[platform].scopes['scope.userLocation'] as string
    const { sim, client } = setupOn(platform, {
      agreed: true,
      authSetting: { [key]: false },
      settings: (authSetting) => ({ ...authSetting, [key]: true }),
    })
    await client.refreshScopes()
    expect(client.store.getState().scopes.values).toEqual({ 'scope.userLocation': 'denied' })
    await expect(client.requestScope('scope.userLocation')).resolves.toBe('denied')
    let settings: Promise<unknown> | undefined
    sim.userTap(() => {
      settings = client.openSettings()
    })
    await settings
    expect(client.store.getState().scopes.values).toEqual({ 'scope.userLocation': 'granted' })
    await expect(client.requestScope('scope.userLocation')).resolves.toBe('granted')
    await expect(call((o) => sim.host.getLocation(o))).resolves.toBe('ok')
  })
})

describe('scope names at the host edge', () => {
  test.each([
    ['tt', 'scope.werun'],
    ['alipay', 'scope.werun'],
    ['alipay', 'scope.address'],
  ] as const)('H33, H38: on %s, %s is a SCOPE_UNSUPPORTED error, not a grant', async (platform, scope) => {
    const { sim, client } = setupOn(platform, { agreed: true })
    await expect(client.authorize(scope)).rejects.toMatchObject({
      code: 'SCOPE_UNSUPPORTED',
      api: 'authorize',
    })
    await expect(client.ensureScope(scope)).rejects.toMatchObject({ code: 'SCOPE_UNSUPPORTED' })
    expect(sim.calls.filter((c) => c.api === 'authorize')).toEqual([])
  })

  test.each([
    ['tt', 'scope.werun'],
    ['alipay', 'scope.werun'],
    ['alipay', 'scope.address'],
  ] as const)(
    'H33, H38: on %s, %s reads scope-unsupported before and after the settings are read',
    async (platform, scope) => {
      const { client } = setupOn(platform, { agreed: true })
      expect(selectScopeStatus(client.store.getState(), scope)).toBe('scope-unsupported')
      await client.refreshScopes()
      expect(selectScopeStatus(client.store.getState(), scope)).toBe('scope-unsupported')
      expect(selectScopeStatus(client.store.getState(), 'scope.userLocation')).toBe('not-asked')
      expect(client.store.getState().platform).toBe(platform)
    },
  )

  test('H24: every scope exists on WeChat; the platform of a native host is the one found', async () => {
    const { client } = setupOn('weapp', { agreed: true })
    await client.refreshScopes()
    expect(selectScopeStatus(client.store.getState(), 'scope.werun')).toBe('not-asked')
    expect(createPrivacyClient({ host: null }).store.getState().platform).toBeNull()
  })

  test('H33: on Douyin the app says scope.writePhotosAlbum and tt hears scope.album', async () => {
    const { sim, client } = setupOn('tt', { agreed: true })
    await expect(client.authorize('scope.writePhotosAlbum')).resolves.toBe('granted')
    expect(sim.state.authSetting).toEqual({ 'scope.album': true })
    await client.refreshScopes()
    expect(client.store.getState().scopes.values).toEqual({ 'scope.writePhotosAlbum': 'granted' })
  })

  test('H38: Alipay has no authorize: a scope never asked for is UNSUPPORTED (the API itself asks)', async () => {
    const { sim, client } = setupOn('alipay', { agreed: true, authorizePopup: 'allow' })
    await expect(client.requestScope('scope.camera')).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    await expect(call((o) => sim.host.getLocation(o))).resolves.toBe('ok')
    await expect(client.requestScope('scope.userLocation')).resolves.toBe('granted')
  })

  test('H38: platformHost and the platform option adapt an injected host alike', async () => {
    const sim = createAlipaySimulator({ agreed: true, authSetting: { location: false } })
    for (const client of [
      createPrivacyClient({ host: platformHost(sim.my, 'alipay') }),
      createPrivacyClient({ host: sim.my, platform: 'alipay' }),
    ]) {
      await client.refreshScopes()
      expect(client.store.getState().scopes.values).toEqual({ 'scope.userLocation': 'denied' })
      client.destroy()
    }
    // Without a platform an injected host is WeChat's: Alipay's keys mean nothing there.
    const unadapted = createPrivacyClient({ host: sim.my })
    await unadapted.refreshScopes()
    expect(unadapted.store.getState().scopes.values).toEqual({})
    unadapted.destroy()
  })

  test('H12, H32: exposureAuthorization reaches WeChat only', () => {
    const heard: Record<string, PrivacyResolveOptions[]> = {}
    for (const platform of platforms) {
      const received: PrivacyResolveOptions[] = []
      heard[platform] = received
      const host = platformHost(
        {
          onNeedPrivacyAuthorization: (listener) =>
            listener((options) => received.push(options), { referrer: 'getLocation' }),
        },
        platform,
      )
      host.onNeedPrivacyAuthorization?.((resolve) => {
        resolve({ event: 'exposureAuthorization' })
        resolve({ event: 'disagree' })
      })
    }
    expect(heard).toEqual({
      weapp: [{ event: 'exposureAuthorization' }, { event: 'disagree' }],
      tt: [{ event: 'disagree' }],
      alipay: [{ event: 'disagree' }],
    })
  })
})

describe('one tap, one agree (H39)', () => {
  test('a second agree for the same tap settles nothing again and reads once; the next tap agrees again', async () => {
    const { sim, client } = setupOn('alipay')
    const reads = () => sim.calls.filter((c) => c.api === 'getPrivacySetting').length
    const clipboard = call((o) => sim.host.getClipboardData(o))
    await sim.flush()
    const before = reads()
    sim.tapAgree('agree-btn')
    expect([client.agree('agree-btn'), client.agree('agree-btn')]).toEqual([true, false])
    await expect(clipboard).resolves.toBe('ok')
    await sim.flush()
    expect(reads() - before).toBe(1)
    expect(sim.state).toMatchObject({ pendingPrivacy: 0, ignoredResolves: 0 })
    // Once that read has answered, an agree is a new tap.
    expect(client.agree('agree-btn')).toBe(true)
    await sim.flush()
    expect(reads() - before).toBe(2)
  })
})

describe('the host is found per platform', () => {
  const globals = globalThis as { tt?: unknown; my?: unknown; wx?: unknown }
  afterEach(() => {
    delete globals.tt
    delete globals.my
    delete globals.wx
  })

  test('no tt, my or wx (H5, Node): no host, consent unsupported', () => {
    expect(detectPlatform()).toBeUndefined()
    expect(defaultHost()).toBeUndefined()
    expect(createPrivacyClient().store.getState()).toMatchObject({
      platform: null,
      consent: { status: 'unsupported' },
    })
  })

  test('H30: the global tt is Douyin, adapted to the app’s scope names', async () => {
    const sim = createDouyinSimulator({ agreed: true, authSetting: { 'scope.album': false } })
    globals.tt = sim.tt
    expect(detectPlatform()).toEqual({ platform: 'tt', host: sim.tt })
    const client = createPrivacyClient()
    expect(client.store.getState().platform).toBe('tt')
    await client.refreshScopes()
    expect(client.store.getState().scopes.values).toEqual({ 'scope.writePhotosAlbum': 'denied' })
    client.destroy()
  })

  test('Douyin and Alipay are looked for before WeChat', () => {
    globals.wx = {}
    expect(detectPlatform()?.platform).toBe('weapp')
    globals.my = {}
    expect(detectPlatform()?.platform).toBe('alipay')
    globals.tt = {}
    expect(detectPlatform()?.platform).toBe('tt')
  })
})

describe('errors of each platform', () => {
  test.each([
    [{ errMsg: 'getLocation:fail privacy permission is not authorized', errNo: 104 }, 'DISAGREED', 104],
    [{ errMsg: 'authorize:fail auth deny', errNo: '21101' }, 'AUTH_DENIED', 21101],
    [{ error: 2001, errorMessage: '用户拒绝授权' }, 'AUTH_DENIED', 2001],
    [{ error: 2002, errorMessage: '用户已拒绝' }, 'AUTH_DENIED', 2002],
    [{ errorMessage: 'getClipboardData:fail privacy permission is not authorized' }, 'DISAGREED', null],
    [{ error: 11, errorMessage: '用户不同意隐私协议' }, 'DISAGREED', 11],
  ] as const)('H32, H33, H37, H38: %j is %s', (raw, code, errno) => {
    expect(toPrivacyError(raw)).toMatchObject({ code, errno })
  })
})

describe('one definition of a platform', () => {
  test.each([
    ['weapp', '2.32.2'],
    ['tt', '3.18.9'],
    ['alipay', '2.9.6'],
  ] as const)(
    'H2, H30, H36: below its minVersion a %s host (%s) has no gate, so consent is unsupported',
    async (platform, baseLibrary) => {
      const { sim, client } = setupOn(platform, { baseLibrary })
      expect(client.store.getState().consent.status).toBe('unsupported')
      await expect(call((o) => sim.host.getClipboardData(o))).resolves.toBe('ok')
    },
  )

  test.each(platforms)('core’s table and the simulated %s host agree', (platform) => {
    const simulated = simulatedPlatforms[platform]
    expect({
      global: PLATFORMS[platform].global,
      minVersion: PLATFORMS[platform].minVersion,
      scopes: PLATFORMS[platform].scopes,
    }).toEqual({ global: simulated.global, minVersion: simulated.minVersion, scopes: simulated.scopeKeys })
  })
})
