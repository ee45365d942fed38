import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { PrivacyDeclaration, PrivacySetting } from './types'

/**
 * Where the audit looks for `privacy.json` when none is given: the audited folder, then each folder above it up to
 * the project root (the first folder with a `package.json`), then the current directory. For Taro's `dist/` and
 * uni-app's `dist/build/mp-weixin/` that is the project root next to them.
 *
 * @example
 * ```ts
 * import { findPrivacyFile } from '@mp-privacy/audit'
 * findPrivacyFile('examples/taro-app/dist') // '/…/examples/taro-app/privacy.json'
 * ```
 */
export function findPrivacyFile(dir: string, cwd: string = process.cwd()): string | undefined {
  let current = resolve(dir)
  for (;;) {
    const candidate = join(current, 'privacy.json')
    if (existsSync(candidate)) return candidate
    if (existsSync(join(current, 'package.json'))) break
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  const fallback = join(resolve(cwd), 'privacy.json')
  return existsSync(fallback) ? fallback : undefined
}

/**
 * Reads a `privacy.json`. Throws a `TypeError` that says what to fix when the file is not a declaration.
 *
 * @example
 * ```ts
 * import { readPrivacyFile } from '@mp-privacy/audit'
 * const privacy = readPrivacyFile('privacy.json')
 * privacy.setting_list?.length
 * ```
 */
export function readPrivacyFile(file: string): PrivacyDeclaration {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new TypeError(
      `${file} is not valid JSON (${(error as Error).message}); fix it or pass another file with --privacy`,
    )
  }
  return checkDeclaration(parsed, file)
}

/**
 * Checks the shape of a declaration object and returns it typed; throws a `TypeError` that shows the expected shape.
 * `from` names the declaration in the message.
 *
 * @example
 * ```ts
 * import { checkDeclaration } from '@mp-privacy/audit'
 * const privacy = checkDeclaration(JSON.parse(text), 'privacy.json')
 * ```
 */
export function checkDeclaration(value: unknown, from = 'privacy'): PrivacyDeclaration {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `${from} must be an object like { "setting_list": [{ "privacy_key": "Location", "privacy_text": "…" }] }`,
    )
  }
  const declaration = value as PrivacyDeclaration
  if (typeof declaration.errcode === 'number' && declaration.errcode !== 0) {
    const errmsg = typeof declaration.errmsg === 'string' ? `, ${declaration.errmsg}` : ''
    throw new TypeError(
      `${from} is a failed getprivacysetting response (errcode ${declaration.errcode}${errmsg}); save a successful one`,
    )
  }
  if (declaration.setting_list !== undefined && !Array.isArray(declaration.setting_list)) {
    throw new TypeError(`${from}: setting_list must be an array of { privacy_key, privacy_text }`)
  }
  return declaration
}

/**
 * The entries of a declaration that declare something: `setting_list` and every SDK's `sdk_list`. An entry with an
 * empty `privacy_text` is not configured (WeChat's knowledge base: "setting_list 中对应的 privacy_text 为空,则表示
 * … 尚未配置", https://developers.weixin.qq.com/doc/knowledge/010411c70d5a7e2a.html).
 */
export function declaredSettings(
  declaration: PrivacyDeclaration,
): { setting: PrivacySetting; configured: boolean }[] {
  const settings = [
    ...(declaration.setting_list ?? []),
    ...(declaration.sdk_privacy_info_list ?? []).flatMap((sdk) => sdk.sdk_list ?? []),
  ]
  return settings
    .filter((setting) => typeof setting?.privacy_key === 'string')
    .map((setting) => ({
      setting,
      configured: typeof setting.privacy_text === 'string' ? setting.privacy_text.trim() !== '' : true,
    }))
}
