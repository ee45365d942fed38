import { readFileSync } from 'node:fs'
import { describePrivacyKey, PRIVACY_KEYS, type PrivacyKey } from '@mp-privacy/core/catalog'
import { type GetPrivacySettingResponse, OpenApiError } from '@mp-privacy/openapi'
import { audit } from './audit'
import { BadInput, PRIVACY_EXIT_CODES } from './parsePrivacyArgs'
import type { PrivacyContext } from './privacyContext'

/** The keys a declaration declares: entries of setting_list and SDK lists with a purpose. */
function declaredKeys(value: unknown): Set<string> {
  const declaration = (value ?? {}) as {
    setting_list?: unknown
    sdk_privacy_info_list?: unknown
  }
  const entries = [
    ...(Array.isArray(declaration.setting_list) ? declaration.setting_list : []),
    ...(Array.isArray(declaration.sdk_privacy_info_list)
      ? declaration.sdk_privacy_info_list.flatMap((sdk: { sdk_list?: unknown }) =>
          Array.isArray(sdk?.sdk_list) ? sdk.sdk_list : [],
        )
      : []),
  ] as { privacy_key?: unknown; privacy_text?: unknown }[]
  return new Set(
    entries
      .filter((entry) => typeof entry?.privacy_key === 'string')
      .filter((entry) => typeof entry.privacy_text === 'string' && entry.privacy_text.trim() !== '')
      .map((entry) => entry.privacy_key as string),
  )
}

type Column = 'code' | 'local' | 'dev' | 'live' | 'privacy_list'

/**
 * `mp-privacy diff <dir>`: per type, the code (the audit), the local declaration, WeChat's development and live
 * versions and `privacy_list`; a type the code uses that a version lacks is a finding.
 *
 * @example
 * ```ts
 * import { diffPrivacy } from './diffPrivacy' // inside the command: privacyCommand.ts
 * const code = await diffPrivacy(context) // PRIVACY_EXIT_CODES.findings when a version lacks a type in use
 * ```
 */
export async function diffPrivacy(context: PrivacyContext): Promise<number> {
  const { options, zh, out } = context
  const [dir, extra] = options.positional
  if (!dir)
    throw new BadInput(
      zh
        ? 'diff 需要编译后的小程序目录：mp-privacy diff <dir>'
        : 'diff needs the compiled app: mp-privacy diff <dir>',
    )
  if (extra) throw new BadInput(`one folder at a time: got ${dir} and ${extra}`)
  let result: ReturnType<typeof audit>
  try {
    result = audit({ dir, cwd: context.cwd, ...(options.privacy ? { privacy: options.privacy } : {}) })
  } catch (error) {
    throw new BadInput((error as Error).message)
  }
  const localValue = result.privacyFile
    ? (JSON.parse(readFileSync(result.privacyFile, 'utf8')) as unknown)
    : {}
  const api = context.api()
  const dev = await api.getPrivacySetting({ ver: 2 })
  let live: GetPrivacySettingResponse | undefined
  try {
    live = await api.getPrivacySetting({ ver: 1 })
  } catch (error) {
    if (!(error instanceof OpenApiError && error.code === 'NO_LIVE_VERSION')) throw error
  }
  const liveExists = live !== undefined && (live.update_time > 0 || live.setting_list.length > 0)
  const sets: Record<Column, Set<string>> = {
    code: new Set(result.keysInUse),
    local: declaredKeys(localValue),
    dev: declaredKeys(dev),
    live: liveExists ? declaredKeys(live) : new Set(),
    privacy_list: new Set(dev.privacy_list),
  }
  const catalogOrder = (key: string) => {
    const index = (PRIVACY_KEYS as readonly string[]).indexOf(key)
    return index === -1 ? PRIVACY_KEYS.length : index
  }
  const keys = [...new Set(Object.values(sets).flatMap((set) => [...set]))].sort(
    (a, b) => catalogOrder(a) - catalogOrder(b) || a.localeCompare(b),
  )
  const columns: Column[] = ['code', 'local', 'dev', 'live', 'privacy_list']
  const rows = keys.map((key) => ({
    key,
    ...Object.fromEntries(columns.map((c) => [c, sets[c].has(key)])),
  })) as ({
    key: string
  } & Record<Column, boolean>)[]
  const versions: Column[] = liveExists ? ['local', 'dev', 'live'] : ['local', 'dev']
  const gaps = rows
    .filter((row) => row.code)
    .map((row) => ({ key: row.key, missingFrom: versions.filter((version) => !row[version]) }))
    .filter((gap) => gap.missingFrom.length > 0)
  const undetected = rows.filter((row) => row.code && !row.privacy_list).map((row) => row.key)
  if (options.json) {
    out(
      JSON.stringify(
        { ok: gaps.length === 0, dir: result.dir, liveVersion: liveExists, rows, gaps, undetected },
        null,
        2,
      ),
    )
    return gaps.length > 0 ? PRIVACY_EXIT_CODES.findings : PRIVACY_EXIT_CODES.ok
  }
  const names: Record<Column, string> = zh
    ? { code: '代码', local: '本地', dev: '开发版', live: '现网版', privacy_list: 'privacy_list' }
    : { code: 'code', local: 'local', dev: 'dev', live: 'live', privacy_list: 'privacy_list' }
  const width = Math.max(12, ...keys.map((key) => key.length + 2))
  out(`${'type'.padEnd(width)}${columns.map((c) => names[c].padEnd(14)).join('')}`.trimEnd())
  for (const row of rows) {
    out(
      `${row.key.padEnd(width)}${columns.map((c) => (c === 'live' && !liveExists ? '—' : row[c] ? '✓' : '✗').padEnd(14)).join('')}`.trimEnd(),
    )
  }
  if (!liveExists)
    out(zh ? '（还没有现网版：发布后再对比）' : '(no live version yet: compare again after the release)')
  const label = (key: string) => {
    if (!(PRIVACY_KEYS as readonly string[]).includes(key)) return key
    const name = describePrivacyKey(key as PrivacyKey, zh ? 'zh' : 'en')
    return zh ? `${key}（${name}）` : `${key} (${name})`
  }
  const fixes: Record<Column, string> = zh
    ? {
        code: '',
        local: '加入 privacy.json 的 setting_list 并填写用途',
        dev: '用 mp-privacy push --yes 设置开发版',
        live: '提交代码审核并发布（开发版随之生效）',
        privacy_list: '',
      }
    : {
        code: '',
        local: 'add it with its purpose to setting_list in privacy.json',
        dev: 'set the development version with mp-privacy push --yes',
        live: 'submit the code for review and release it (the development version goes live with it)',
        privacy_list: '',
      }
  for (const gap of gaps) {
    const missing = gap.missingFrom.map((c) => names[c]).join(zh ? '、' : ', ')
    const todo = gap.missingFrom.map((c) => fixes[c]).join(zh ? '；' : '; ')
    out(
      zh
        ? `✖ ${label(gap.key)}：代码在用，${missing}缺少它，相关接口会以 errno 112 失败。${todo}。`
        : `✖ ${label(gap.key)}: the code uses it, the ${missing} version(s) lack it: its APIs fail with errno 112. To fix: ${todo}.`,
    )
  }
  for (const key of undetected) {
    out(
      zh
        ? `⚠ ${label(key)}：微信的代码检测（privacy_list）没有发现它，但代码在用：照样声明。`
        : `⚠ ${label(key)}: WeChat's own scan (privacy_list) missed it, but the code uses it: declare it anyway.`,
    )
  }
  return gaps.length > 0 ? PRIVACY_EXIT_CODES.findings : PRIVACY_EXIT_CODES.ok
}
