import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { isDeclaredSetting } from '@mp-privacy/core/catalog'
import { readJsonFile } from './jsonFile'
import { wechatProjectRoot } from './project'
import type { PrivacyDeclaration, PrivacySetting } from './types'

/**
 * Where the audit looks for `privacy.json` when none is given: the audited folder, then each folder above it up to
 * the project root, then the current directory. The project root is the folder of the `project.config.json` whose
 * `miniprogramRoot` holds the audited folder (a native project: `privacy.json` beside `project.config.json`, even
 * when `miniprogram/` has a package.json of its own), else the first folder with a `package.json`: for Taro's
 * `dist/` and uni-app's `dist/build/mp-weixin/`, the project root next to them.
 *
 * @example
 * ```ts
 * import { findPrivacyFile } from '@mp-privacy/audit'
 * findPrivacyFile('examples/taro-app/dist') // '/…/examples/taro-app/privacy.json'
 * ```
 */
export function findPrivacyFile(dir: string, cwd: string = process.cwd()): string | undefined {
  let current = resolve(dir)
  const projectRoot = wechatProjectRoot(current)
  for (;;) {
    const candidate = join(current, 'privacy.json')
    if (existsSync(candidate)) return candidate
    if (projectRoot ? current === projectRoot : existsSync(join(current, 'package.json'))) break
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
  return loadPrivacyFile(file).declaration
}

/** Reads a `privacy.json` once: its text (for places in it) and the declaration. */
export function loadPrivacyFile(file: string): { text: string; declaration: PrivacyDeclaration } {
  const { text, value } = readJsonFile(file, {
    missing:
      'check the path given with --privacy (mp-privacy-audit <dir> --emit-setting prints a setting_list to start one)',
    invalid: 'fix it, or pass another file with --privacy',
  })
  return { text, declaration: checkDeclaration(value, file) }
}

/**
 * Where `privacy.json` belongs when there is none: the project root, the folder of the `project.config.json` whose
 * `miniprogramRoot` holds the audited folder (a native app), else the first folder at or above it with a
 * `package.json` (Taro, uni-app) or a `project.config.json`; the audited folder otherwise.
 */
export function privacyHome(dir: string): string {
  const projectRoot = wechatProjectRoot(dir)
  if (projectRoot) return projectRoot
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json')) || existsSync(join(current, 'project.config.json'))) {
      return current
    }
    if (dirname(current) === current) return resolve(dir)
  }
}

/**
 * The declaration the audit compares with: an object as given, the file given, or the first `privacy.json`
 * {@link findPrivacyFile} finds; read once, with the file's text for places in it.
 */
export function resolveDeclaration(
  privacy: PrivacyDeclaration | string | undefined,
  dir: string,
  cwd: string,
): { file: string | undefined; text: string; declaration: PrivacyDeclaration | undefined } {
  if (privacy !== undefined && typeof privacy !== 'string') {
    return { file: undefined, text: '', declaration: checkDeclaration(privacy) }
  }
  const file = typeof privacy === 'string' ? resolve(cwd, privacy) : findPrivacyFile(dir, cwd)
  if (file === undefined) return { file, text: '', declaration: undefined }
  return { file, ...loadPrivacyFile(file) }
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
 * The entries of a declaration that declare something: `setting_list` and every SDK's `sdk_list`. `configured` is
 * `false` for an entry whose `privacy_text` is empty or blank (WeChat treats it as not configured): core's
 * `isDeclaredSetting`, the definition the simulator follows too.
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
    .map((setting) => ({ setting, configured: isDeclaredSetting(setting) }))
}
