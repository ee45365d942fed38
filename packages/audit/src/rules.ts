import { PRIVACY_KEYS, type PrivacyKey, privacyKeys, type Scope, scopes } from '@mp-privacy/core/catalog'
import type { RuleId, Severity } from './types'

/**
 * Every rule with its severity and the WeChat documentation it follows (SARIF's `helpUri`).
 *
 * @example
 * ```ts
 * import { ruleDocs } from '@mp-privacy/audit'
 * ruleDocs['undeclared-privacy-type'].severity // 'error'
 * ```
 */
export const ruleDocs: Readonly<Record<RuleId, { severity: Severity; url: string }>> = {
  // An entry of setting_list whose privacy_text is empty is not configured (knowledge base:
  // https://developers.weixin.qq.com/doc/knowledge/010411c70d5a7e2a.html), so it does not count as declared.
  // An API whose privacy type the guide does not declare fails with errno 112 (H7): "隐私接口需要在隐私协议中声明".
  'undeclared-privacy-type': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  },
  // The guide should describe what the code collects; WeChat compares the types it detects with the declared ones
  // (privacy_list vs setting_list of getprivacysetting).
  'unused-privacy-type': {
    severity: 'warning',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html',
  },
  // The 8 location APIs must be listed in app.json requiredPrivateInfos, or calls fail (since 2022-07-14).
  'missing-required-private-info': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos',
  },
  // Only the location scopes need (and accept) a permission description in app.json.
  'missing-permission-desc': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#permission',
  },
  // requiredPrivateInfos accepts only the 8 names of its table.
  'invalid-required-private-info': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos',
  },
  // "模糊位置信息和精确位置信息是互斥的 … 若同时声明 … 则在编译代码时出现错误" (official announcement of 2022-07-14).
  'conflicting-required-private-infos': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/community/develop/doc/000a02f2c5026891650e7f40351c01',
  },
  // Other scopes in app.json permission are rejected ("无效的 app.json permission[…]"); only the three location scopes
  // take a description (authorize docs, 注意事项).
  'invalid-permission-scope': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html',
  },
  // PermissionObject.desc: "小程序获取权限时展示的接口用途说明。最长 30 个字符".
  'permission-desc-too-long': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#permission',
  },
  // setting_list[].privacy_key must be one of the keys of privacy_desc_list (setprivacysetting).
  'unknown-privacy-key': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/privacy_config/set_privacy_setting.html',
  },
  'missing-privacy-declaration': {
    severity: 'error',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  },
  'unparsable-file': {
    severity: 'warning',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
  },
}

/**
 * app.json `requiredPrivateInfos`: every location API used must be listed; `getFuzzyLocation` (fuzzy) excludes the
 * precise ones.
 * https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos
 */
export const REQUIRED_PRIVATE_INFOS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const
export const FUZZY_LOCATION_INFOS: readonly string[] = ['getFuzzyLocation']
export const PRECISE_LOCATION_INFOS: readonly string[] = [
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
]

/**
 * Scopes that need `permission[scope].desc` in app.json, and the only ones it accepts.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html (注意事项)
 */
export const PERMISSION_SCOPES: readonly Scope[] = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
]
export const PERMISSION_DESC_MAX = 30

/** Bare API names (no `Object.method`) that a privacy type or a scope gates, or that requiredPrivateInfos lists. */
export const HOST_APIS: ReadonlySet<string> = new Set([
  ...PRIVACY_KEYS.flatMap((key) => privacyKeys[key].apis),
  ...Object.values(scopes).flatMap((info) => info.apis),
  ...REQUIRED_PRIVATE_INFOS,
])

/** `Object.method` APIs: the host factory that returns the object. */
export const OBJECT_FACTORIES: Readonly<Record<string, string>> = {
  getRecorderManager: 'RecorderManager',
  createMapContext: 'MapContext',
}

export function privacyKeyOf(api: string): PrivacyKey | undefined {
  return PRIVACY_KEYS.find((key) => privacyKeys[key].apis.includes(api))
}

export function scopeOf(name: string): Scope | undefined {
  return (Object.keys(scopes) as Scope[]).find((scope) => scopes[scope].apis.includes(name))
}

/** The catalog's gated components: `camera`, `button.getPhoneNumber` → tag and attribute value. */
export const COMPONENTS: readonly {
  name: string
  tag: string
  value: string | undefined
  keys: PrivacyKey[]
}[] = [...new Set(PRIVACY_KEYS.flatMap((key) => privacyKeys[key].components))].map((name) => {
  const [tag = name, value] = name.split('.')
  return { name, tag, value, keys: PRIVACY_KEYS.filter((key) => privacyKeys[key].components.includes(name)) }
})

/** The attribute that carries a component's variant: `<button open-type>`, `<input type>`. */
export const VARIANT_ATTRIBUTE: Readonly<Record<string, { wxml: string; prop: string }>> = {
  button: { wxml: 'open-type', prop: 'openType' },
  input: { wxml: 'type', prop: 'type' },
}

/** Keys no API or component reveals (DeviceInfo, EX*, Email): declared for data collected otherwise. */
export function isDetectable(key: PrivacyKey): boolean {
  const info = privacyKeys[key]
  return info.apis.length > 0 || info.components.length > 0 || info.scopes.length > 0
}
