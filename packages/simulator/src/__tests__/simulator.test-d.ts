import {
  type AgreePrivacyAuthorizationEvent,
  type AppConfig,
  type ChooseLocationResult,
  type ClipboardResult,
  type ComponentReferrer,
  createWechatSimulator,
  type Dialog,
  type GatedApiName,
  type GatedApiResults,
  type gatedApis,
  type LocationResult,
  type NeedPrivacyAuthorizationListener,
  type PrivacyKey,
  type PrivacySettingFile,
  type PrivacySettingResult,
  type privacyKeys,
  type Scope,
  type SimulatedWx,
  type SimulatorCall,
  type SimulatorOptions,
  type SimulatorState,
  type scopes,
  type WechatSimulator,
  type WxCallbacks,
  type WxError,
} from '@mp-privacy/simulator'
import { describe, expectTypeOf, test } from 'vitest'
import { type PayloadContext, type PayloadTable, payloadFor, payloads } from '../payloads'

describe('types', () => {
  test('createWechatSimulator returns a WechatSimulator', () => {
    expectTypeOf(createWechatSimulator).parameter(0).toEqualTypeOf<SimulatorOptions | undefined>()
    expectTypeOf(createWechatSimulator()).toEqualTypeOf<WechatSimulator>()
    expectTypeOf<WechatSimulator['wx']>().toEqualTypeOf<SimulatedWx>()
    expectTypeOf<WechatSimulator['state']>().toEqualTypeOf<SimulatorState>()
    expectTypeOf<WechatSimulator['calls']>().toEqualTypeOf<readonly SimulatorCall[]>()
    expectTypeOf<WechatSimulator['dialog']>().toEqualTypeOf<Dialog | null>()
    expectTypeOf<
      ReturnType<WechatSimulator['tapAgree']>
    >().toEqualTypeOf<AgreePrivacyAuthorizationEvent | null>()
    expectTypeOf<ReturnType<WechatSimulator['flush']>>().toEqualTypeOf<Promise<void>>()
  })

  test('H1: the privacy APIs may be absent (H2) and return void', () => {
    const { wx } = createWechatSimulator()
    expectTypeOf(wx.getPrivacySetting).toEqualTypeOf<
      ((options?: WxCallbacks<PrivacySettingResult>) => void) | undefined
    >()
    expectTypeOf(wx.requirePrivacyAuthorize).exclude<undefined>().returns.toEqualTypeOf<void>()
    expectTypeOf(wx.openPrivacyContract).exclude<undefined>().returns.toEqualTypeOf<void>()
  })

  test('the listener type is the correct one, not GeneralCallbackResult', () => {
    expectTypeOf<NeedPrivacyAuthorizationListener>().parameter(0).parameter(0).toEqualTypeOf<{
      event: 'agree' | 'disagree' | 'exposureAuthorization'
      buttonId?: string
    }>()
    expectTypeOf<NeedPrivacyAuthorizationListener>().parameter(1).toEqualTypeOf<{ referrer: string }>()
    expectTypeOf(createWechatSimulator().wx.onNeedPrivacyAuthorization)
      .exclude<undefined>()
      .parameter(0)
      .toEqualTypeOf<NeedPrivacyAuthorizationListener>()
  })

  test('gated APIs: a Promise without callbacks, undefined with one', () => {
    const { wx } = createWechatSimulator()
    expectTypeOf(wx.getLocation()).toEqualTypeOf<Promise<LocationResult>>()
    expectTypeOf(wx.getLocation({ type: 'gcj02' })).toEqualTypeOf<Promise<LocationResult>>()
    expectTypeOf(
      wx.getLocation({ success: (res) => expectTypeOf(res).toEqualTypeOf<LocationResult>() }),
    ).toEqualTypeOf<undefined>()
    expectTypeOf(
      wx.getClipboardData({ fail: (err) => expectTypeOf(err).toEqualTypeOf<WxError>() }),
    ).toEqualTypeOf<undefined>()
    expectTypeOf(wx.authorize({ scope: 'scope.record' })).resolves.toHaveProperty('errMsg')
    // @ts-expect-error authorize needs a scope
    wx.authorize()
    expectTypeOf(wx.getSetting({ withSubscriptions: true })).resolves.toHaveProperty('authSetting')
  })

  test('options are typed', () => {
    expectTypeOf<SimulatorOptions['declared']>().toEqualTypeOf<readonly PrivacyKey[] | undefined>()
    // @ts-expect-error unknown privacy key
    createWechatSimulator({ declared: ['Nope'] })
    // @ts-expect-error not one of the three spellings
    createWechatSimulator({ authDenyMessage: 'authorize:fail' })
    createWechatSimulator({ authorizePopup: (scope) => (scope === 'scope.record' ? 'deny' : 'allow') })
  })

  test('privacy takes a getprivacysetting response as parsed JSON; permission is app.json permission', () => {
    const saved = {
      errcode: 0,
      errmsg: 'ok',
      setting_list: [{ privacy_key: 'Location', privacy_text: '导航', privacy_label: '位置信息' }],
      owner_setting: { contact_email: 'a@b.c', notice_method: '弹窗' },
      sdk_privacy_info_list: [{ sdk_name: 'x', sdk_biz_name: 'y', sdk_list: [{ privacy_key: 'Album' }] }],
      privacy_desc: { privacy_desc_list: [{ privacy_key: 'Location', privacy_desc: '位置信息' }] },
    }
    expectTypeOf(saved).toExtend<PrivacySettingFile>()
    createWechatSimulator({ privacy: saved, permission: { 'scope.userLocation': { desc: '导航' } } })
    // @ts-expect-error setting_list is required
    createWechatSimulator({ privacy: { errcode: 0 } })
    expectTypeOf(createWechatSimulator().configureApp).parameter(0).toEqualTypeOf<AppConfig>()
    expectTypeOf(createWechatSimulator().baseLibrary).toEqualTypeOf<string>()
  })

  test('dialogs are a discriminated union', () => {
    const dialog = createWechatSimulator().dialog
    if (dialog?.kind === 'coupled') expectTypeOf(dialog.scope).toEqualTypeOf<Scope>()
    if (dialog?.kind === 'settings') expectTypeOf(dialog.authSetting).toEqualTypeOf<Record<string, boolean>>()
  })

  test('the tables are the types: PrivacyKey, Scope, GatedApiName and ComponentReferrer come from the arrays', () => {
    expectTypeOf<PrivacyKey>().toEqualTypeOf<(typeof privacyKeys)[number]>()
    expectTypeOf<Scope>().toEqualTypeOf<(typeof scopes)[number]>()
    expectTypeOf<GatedApiName>().toEqualTypeOf<keyof typeof gatedApis>()
    expectTypeOf<'Clipboard'>().toExtend<PrivacyKey>()
    expectTypeOf<'scope.nope'>().not.toExtend<Scope>()
    expectTypeOf<'camera'>().toExtend<ComponentReferrer>()
    // @ts-expect-error not a gated component
    createWechatSimulator().useComponent('button.share')
  })

  test('GatedApiResults maps every gated API to what SimulatedWx promises for it', () => {
    expectTypeOf<keyof GatedApiResults>().toEqualTypeOf<GatedApiName>()
    expectTypeOf<GatedApiResults['getLocation']>().toEqualTypeOf<LocationResult>()
    expectTypeOf<GatedApiResults['getClipboardData']>().toEqualTypeOf<ClipboardResult>()
    expectTypeOf<GatedApiResults['choosePoi']>().toEqualTypeOf<
      ChooseLocationResult & { type: number; city: string }
    >()
  })

  test('payloads are checked against the result types: a payload of the wrong shape is a type error', () => {
    expectTypeOf(payloads).toEqualTypeOf<PayloadTable>()
    expectTypeOf(payloadFor<'getLocation'>).returns.toEqualTypeOf<LocationResult>()
    expectTypeOf(payloadFor<'startRecord'>).returns.toEqualTypeOf<GatedApiResults['startRecord']>()
    expectTypeOf(payloadFor<'getClipboardData'>)
      .parameter(1)
      .toEqualTypeOf<PayloadContext>()

    // @ts-expect-error a location without longitude, speed, accuracy…
    const missing: PayloadTable['getLocation'] = ({ location }, errMsg) => ({
      latitude: location.latitude,
      errMsg,
    })
    // @ts-expect-error the clipboard's data is a string
    const wrongType: PayloadTable['getClipboardData'] = (_context, errMsg) => ({ data: 42, errMsg })
    const wrongLiteral: PayloadTable['chooseMedia'] = (_context, errMsg) => ({
      // @ts-expect-error chooseMedia's type is 'image' | 'video' | 'mix'
      type: 'audio',
      tempFiles: [],
      errMsg,
    })
    // @ts-expect-error every gated API needs its payload
    const incomplete: PayloadTable = { getLocation: payloads.getLocation }
    expectTypeOf([missing, wrongType, wrongLiteral, incomplete]).not.toBeAny()
  })
})
