import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type PrivacyDeclarationInput, type PrivacyVer, setPrivacySettingBody } from '@mp-privacy/openapi'
import { findPrivacyFile } from './declaration'
import { formatDeclarationFinding, lintDeclaration } from './declarationLint'
import { BadInput, PRIVACY_EXIT_CODES } from './parsePrivacyArgs'
import { noPositional, type PrivacyContext } from './privacyContext'

function readDeclaration(context: PrivacyContext): { file: string; value: unknown } {
  const { options, zh } = context
  const file = options.privacy
    ? resolve(context.cwd, options.privacy)
    : findPrivacyFile(context.cwd, context.cwd)
  if (!file || !existsSync(file)) {
    throw new BadInput(
      zh
        ? `找不到隐私声明${options.privacy ? ` ${options.privacy}` : ' privacy.json'}：用 --privacy 指定，或先运行 mp-privacy pull`
        : `no declaration${options.privacy ? ` ${options.privacy}` : ' privacy.json'} found: pass --privacy, or run mp-privacy pull first`,
    )
  }
  try {
    return { file, value: JSON.parse(readFileSync(file, 'utf8')) as unknown }
  } catch (error) {
    throw new BadInput(`${file} is not valid JSON (${(error as Error).message}): fix it`)
  }
}

/**
 * `mp-privacy push`: lints the declaration offline, then prints the `setprivacysetting` body, or sends it with
 * `--yes`.
 *
 * @example
 * ```ts
 * import { pushPrivacy } from './pushPrivacy' // inside the command: privacyCommand.ts
 * const code = await pushPrivacy(context) // PRIVACY_EXIT_CODES.findings when the lint finds problems
 * ```
 */
export async function pushPrivacy(context: PrivacyContext): Promise<number> {
  const { options, zh, out, err } = context
  noPositional(context)
  const { file, value } = readDeclaration(context)
  const own = (value as { privacy_ver?: unknown } | null)?.privacy_ver
  const ver: PrivacyVer = options.ver ?? (own === 1 ? 1 : 2)
  const findings = lintDeclaration(value, { ver })
  if (findings.length > 0) {
    if (options.json) out(JSON.stringify({ ok: false, file, ver, sent: false, findings }, null, 2))
    else for (const finding of findings) out(formatDeclarationFinding(finding, options.lang))
    err(
      zh
        ? `mp-privacy push: ${file} 有 ${findings.length} 个问题，微信会拒绝它；未发送任何请求。`
        : `mp-privacy push: ${findings.length} problem(s) in ${file} that WeChat would reject; nothing was sent.`,
    )
    return PRIVACY_EXIT_CODES.findings
  }
  const declaration = value as PrivacyDeclarationInput
  const body = setPrivacySettingBody(declaration, ver)
  const endpoint = 'POST /cgi-bin/component/setprivacysetting'
  if (!options.yes) {
    if (options.json) out(JSON.stringify({ ok: true, file, ver, sent: false, endpoint, body }, null, 2))
    else {
      err(
        zh
          ? `${endpoint} 的请求体如下（未发送；加 --yes 发送）：`
          : `The body of ${endpoint} (nothing sent; add --yes to send it):`,
      )
      out(JSON.stringify(body, null, 2))
    }
    return PRIVACY_EXIT_CODES.ok
  }
  await context.api().setPrivacySetting(declaration, { ver })
  if (options.json) out(JSON.stringify({ ok: true, file, ver, sent: true, endpoint, body }, null, 2))
  else {
    out(
      zh
        ? ver === 2
          ? `已设置开发版隐私保护指引（${body.setting_list?.length ?? 0} 种类型）。下一步：提交代码审核，审核通过并发布后生效。`
          : '已修改现网版的 owner_setting，立即生效。'
        : ver === 2
          ? `Set the development privacy guide (${body.setting_list?.length ?? 0} type(s)). Next: submit the code for review; it takes effect once released.`
          : "Changed the live version's owner_setting; it takes effect now.",
    )
  }
  return PRIVACY_EXIT_CODES.ok
}
