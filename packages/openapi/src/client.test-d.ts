import { expectTypeOf, test } from 'vitest'
import {
  type ApplyPrivacyInterfaceResponse,
  createPrivacyApi,
  type GetCodePrivacyInfoResponse,
  type GetPrivacySettingResponse,
  OpenApiError,
  type OpenApiErrorCode,
  type PrivacyApi,
  type PrivacyVer,
  type SetPrivacySettingBody,
  setPrivacySettingBody,
} from './index'

const api = createPrivacyApi({ accessToken: 'token' })

test('each method resolves with its documented response', () => {
  expectTypeOf(api).toEqualTypeOf<PrivacyApi>()
  expectTypeOf(api.getPrivacySetting({ ver: 1 })).resolves.toEqualTypeOf<GetPrivacySettingResponse>()
  expectTypeOf(api.getCodePrivacyInfo()).resolves.toEqualTypeOf<GetCodePrivacyInfoResponse>()
  expectTypeOf(
    api.applyPrivacyInterface({
      api_name: 'wx.getLocation',
      content: '导航',
      url_list: ['https://example.com'],
    }),
  ).resolves.toEqualTypeOf<ApplyPrivacyInterfaceResponse>()
  expectTypeOf(
    api.uploadPrivacyExtFile({ name: 'a.txt', content: new Uint8Array(1) }),
  ).resolves.toHaveProperty('ext_file_media_id')
})

test('ver is 1 or 2; owner_setting needs notice_method; setting_list items need both fields', () => {
  expectTypeOf<PrivacyVer>().toEqualTypeOf<1 | 2>()
  // @ts-expect-error ver 3 does not exist
  api.getPrivacySetting({ ver: 3 })
  // @ts-expect-error notice_method is required
  api.setPrivacySetting({ owner_setting: { contact_qq: '1' } })
  const noText = [{ privacy_key: 'Location' }]
  // @ts-expect-error privacy_text is required
  api.setPrivacySetting({ owner_setting: { notice_method: '弹窗' }, setting_list: noText })
  expectTypeOf(
    setPrivacySettingBody({ owner_setting: { notice_method: '弹窗' } }, 1),
  ).toEqualTypeOf<SetPrivacySettingBody>()
})

test('errors: one class, a code union to switch on, errcode a number', () => {
  const error = new OpenApiError('TIMEOUT', { endpoint: '/x', message: 'slow' })
  expectTypeOf(error.code).toEqualTypeOf<OpenApiErrorCode>()
  expectTypeOf(error.errcode).toEqualTypeOf<number | undefined>()
  expectTypeOf(error.fix).toEqualTypeOf<{ zh: string; en: string }>()
  expectTypeOf<'NO_LIVE_VERSION'>().toExtend<OpenApiErrorCode>()
  // @ts-expect-error not a code
  const unknown: OpenApiErrorCode = 'NOPE'
  void unknown
})
