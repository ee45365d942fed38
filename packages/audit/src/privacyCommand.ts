import { createPrivacyApi, OpenApiError, type PrivacyApi } from '@mp-privacy/openapi'
import { checkCodePrivacy } from './checkCodePrivacy'
import { diffPrivacy } from './diffPrivacy'
import {
  BadInput,
  PRIVACY_EXIT_CODES,
  PRIVACY_USAGE,
  type PrivacyArgs,
  parsePrivacyArgs,
} from './parsePrivacyArgs'
import type { PrivacyContext } from './privacyContext'
import { pullPrivacy } from './pullPrivacy'
import { pushPrivacy } from './pushPrivacy'

/**
 * Where `mp-privacy` reads and writes: injectable so that it can run in-process.
 *
 * @example
 * ```ts
 * import type { PrivacyCommandIo } from '@mp-privacy/audit'
 * const io: PrivacyCommandIo = { stdout: console.log, stderr: console.error, env: process.env, cwd: process.cwd() }
 * ```
 */
export interface PrivacyCommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/**
 * Runs `mp-privacy` with `argv` (the arguments after the command name) and resolves with its exit code
 * ({@link PRIVACY_EXIT_CODES}). Prints through `io` (default: the process's streams, environment and folder); the
 * access token is read from `WECHAT_ACCESS_TOKEN` and never printed.
 *
 * @example
 * ```ts
 * import { runPrivacyCommand } from '@mp-privacy/audit'
 * process.exitCode = await runPrivacyCommand(['push', '--privacy', 'privacy.json'])
 * ```
 */
export async function runPrivacyCommand(
  argv: readonly string[],
  io: PrivacyCommandIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  },
): Promise<number> {
  let parsed: PrivacyArgs | 'help'
  try {
    parsed = parsePrivacyArgs(argv)
  } catch (error) {
    io.stderr(`mp-privacy: ${(error as Error).message}`)
    return PRIVACY_EXIT_CODES.badInput
  }
  if (parsed === 'help' || parsed.command === '') {
    io.stdout(PRIVACY_USAGE)
    return parsed === 'help' ? PRIVACY_EXIT_CODES.ok : PRIVACY_EXIT_CODES.badInput
  }
  const options = parsed
  const zh = options.lang === 'zh'
  const token = io.env.WECHAT_ACCESS_TOKEN ?? ''
  const redact = (text: string) => (token ? text.split(token).join('***') : text)
  const out = (text: string) => io.stdout(redact(text))
  const err = (text: string) => io.stderr(redact(text))
  const api = (): PrivacyApi => {
    if (!token) {
      throw new BadInput(
        zh
          ? '缺少令牌：把小程序的 authorizer_access_token 放进环境变量 WECHAT_ACCESS_TOKEN'
          : "no token: put the mini program's authorizer_access_token in WECHAT_ACCESS_TOKEN",
      )
    }
    const timeout = Number(io.env.MP_PRIVACY_TIMEOUT_MS)
    return createPrivacyApi({
      accessToken: token,
      ...(io.env.MP_PRIVACY_API_BASE ? { baseUrl: io.env.MP_PRIVACY_API_BASE } : {}),
      ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    })
  }
  const context: PrivacyContext = { options, zh, out, err, api, cwd: io.cwd }
  try {
    switch (options.command) {
      case 'pull':
        return await pullPrivacy(context)
      case 'push':
        return await pushPrivacy(context)
      case 'diff':
        return await diffPrivacy(context)
      case 'check':
        return await checkCodePrivacy(context)
      default:
        throw new BadInput(
          `unknown command "${options.command}": pull, push, diff or check (see mp-privacy --help)`,
        )
    }
  } catch (error) {
    if (error instanceof OpenApiError) {
      const line = zh
        ? `mp-privacy ${options.command}: ${error.errcode ?? error.code} ${error.code}：${error.meaning.zh}。${error.fix.zh}`
        : `mp-privacy ${options.command}: ${error.errcode ?? error.code} ${error.code}: ${error.meaning.en}. ${error.fix.en}`
      if (options.json) {
        const { code, errcode, meaning, fix, endpoint } = error
        out(JSON.stringify({ ok: false, error: { code, errcode, endpoint, meaning, fix } }, null, 2))
      }
      err(line)
      return PRIVACY_EXIT_CODES.wechat
    }
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')
    if (options.json) out(JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message } }, null, 2))
    err(`mp-privacy ${options.command}: ${message}`)
    return PRIVACY_EXIT_CODES.badInput
  }
}
