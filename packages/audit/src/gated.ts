import { PRIVACY_KEYS, type PrivacyKey, privacyKeys, type Scope, scopes } from '@mp-privacy/core/catalog'

/** app.json `requiredPrivateInfos` accepts only these 8 names (a location API used must be listed). */
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
/** Scopes that need `permission[scope].desc` in app.json, and the only ones it accepts. */
export const PERMISSION_SCOPES: readonly Scope[] = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
]
/** PermissionObject.desc: "最长 30 个字符". */
export const PERMISSION_DESC_MAX = 30

/** `getFuzzyLocation` (fuzzy) excludes the precise location APIs in `requiredPrivateInfos`. */
export const FUZZY_LOCATION_INFOS: readonly string[] = ['getFuzzyLocation']
export const PRECISE_LOCATION_INFOS: readonly string[] = [
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
]

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
