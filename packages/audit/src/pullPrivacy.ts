import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PRIVACY_EXIT_CODES } from './parsePrivacyArgs'
import { noPositional, type PrivacyContext } from './privacyContext'

/** A stable text for comparing JSON values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}

/**
 * `mp-privacy pull`: saves what WeChat holds (default: the development version) to `privacy.json` or `--out`; a
 * different local file is kept unless `--force`.
 *
 * @example
 * ```ts
 * import { pullPrivacy } from './pullPrivacy' // inside the command: privacyCommand.ts
 * const code = await pullPrivacy(context) // PRIVACY_EXIT_CODES.findings when a different file is kept
 * ```
 */
export async function pullPrivacy(context: PrivacyContext): Promise<number> {
  const { options, zh, out, err } = context
  noPositional(context)
  const ver = options.ver ?? 2
  const file = resolve(context.cwd, options.out ?? 'privacy.json')
  const { errcode: _errcode, errmsg: _errmsg, ...held } = await context.api().getPrivacySetting({ ver })
  const text = `${JSON.stringify(held, null, 2)}\n`
  let existing: string | undefined
  if (existsSync(file)) existing = readFileSync(file, 'utf8')
  let same = false
  if (existing !== undefined) {
    try {
      same = canonical(JSON.parse(existing)) === canonical(held)
    } catch {
      same = false
    }
  }
  const written = existing === undefined || (!same && options.force)
  if (existing !== undefined && !same && !options.force) {
    if (options.json) out(JSON.stringify({ ok: false, file, ver, written: false, differs: true }, null, 2))
    err(
      zh
        ? `mp-privacy pull: ${file} 与微信上的${ver === 1 ? '现网版' : '开发版'}不同，未写入。先用 mp-privacy diff 对比，确认后加 --force 覆盖，或用 --out 另存。`
        : `mp-privacy pull: ${file} differs from WeChat's ${ver === 1 ? 'live' : 'development'} version; nothing written. Compare with mp-privacy diff, then pass --force to overwrite, or --out to save elsewhere.`,
    )
    return PRIVACY_EXIT_CODES.findings
  }
  if (written) writeFileSync(file, text)
  const types = held.setting_list.length
  if (options.json) out(JSON.stringify({ ok: true, file, ver, written, differs: false, types }, null, 2))
  else {
    out(
      zh
        ? `${written ? '已保存' : '未变化'} ${file}（${ver === 1 ? '现网版' : '开发版'}，${types} 种类型）`
        : `${written ? 'saved' : 'unchanged'} ${file} (${ver === 1 ? 'live' : 'development'} version, ${types} type(s))`,
    )
  }
  return PRIVACY_EXIT_CODES.ok
}
