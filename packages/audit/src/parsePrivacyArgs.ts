import type { PrivacyVer } from '@mp-privacy/openapi'

/**
 * The exit codes of `mp-privacy`: 0 done; 1 it found something (lint errors, a type the code uses that a version
 * lacks, APIs `check` lists, a local file `pull` would not overwrite); 2 bad input (arguments, files, no token);
 * 3 WeChat refused or the request failed (an errcode, a timeout, the network).
 *
 * @example
 * ```ts
 * import { PRIVACY_EXIT_CODES } from '@mp-privacy/audit'
 * PRIVACY_EXIT_CODES.wechat // 3
 * ```
 */
export const PRIVACY_EXIT_CODES = { ok: 0, findings: 1, badInput: 2, wechat: 3 } as const

/**
 * The help text of `mp-privacy` (`--help`, or no command): the commands, options, environment and exit codes.
 *
 * @example
 * ```ts
 * import { PRIVACY_USAGE } from './parsePrivacyArgs' // inside the command: privacyCommand.ts
 * PRIVACY_USAGE.startsWith('用法 / usage: mp-privacy') // true
 * ```
 */
export const PRIVACY_USAGE = `用法 / usage: mp-privacy <command> [options]

  pull [--ver 1|2] [--out FILE] [--force]
      保存微信上的隐私保护指引（默认开发版，privacy.json）；本地文件不同时不覆盖，除非 --force
      save what WeChat holds (default: development version, privacy.json); never overwrites a different file without --force
  push [--privacy FILE] [--ver 1|2] [--yes]
      先离线检查声明；没有 --yes 时只打印请求体，不发送
      lint the declaration offline first; without --yes, print the exact request body and send nothing
  diff <dir> [--privacy FILE]
      按类型对比：代码（审计结果）、本地声明、微信开发版与现网版的 setting_list、privacy_list
      compare per type: the code (the audit), the local declaration, WeChat's development and live setting_list, privacy_list
  check
      读取 get_code_privacy_info 并解释每个列出的接口 / read get_code_privacy_info and explain each API it lists

  --json        JSON 输出 / JSON output
  --lang zh|en  语言 / language (default zh)

环境变量 / environment:
  WECHAT_ACCESS_TOKEN   小程序的 authorizer_access_token（不会被打印）/ the authorizer_access_token (never printed)
  MP_PRIVACY_API_BASE   接口地址 / API base URL (default https://api.weixin.qq.com)
  MP_PRIVACY_TIMEOUT_MS 每次请求的超时 / timeout of each request (default 15000)

退出码 / exit codes:
  0  完成 / done
  1  发现问题：声明检查不通过、代码用到的类型某个版本缺少、check 列出了接口、pull 不覆盖不同的本地文件
     found something: lint errors, a type the code uses that a version lacks, APIs check lists, a local file pull keeps
  2  输入错误（参数、文件、缺少令牌）/ bad input (arguments, files, no token)
  3  微信拒绝或请求失败（errcode、超时、网络）/ WeChat refused or the request failed (errcode, timeout, network)`

/**
 * A language of the command's output.
 *
 * @example
 * ```ts
 * import type { PrivacyLang } from './parsePrivacyArgs'
 * const lang: PrivacyLang = 'en'
 * ```
 */
export type PrivacyLang = 'zh' | 'en'

/**
 * Bad input (arguments, files, no token): the command prints its message and exits with
 * `PRIVACY_EXIT_CODES.badInput`.
 *
 * @example
 * ```ts
 * import { BadInput } from './parsePrivacyArgs'
 * throw new BadInput('--lang takes zh or en, not "fr"')
 * ```
 */
export class BadInput extends Error {}

/**
 * The parsed arguments of `mp-privacy`.
 *
 * @example
 * ```ts
 * import { type PrivacyArgs, parsePrivacyArgs } from './parsePrivacyArgs'
 * const args = parsePrivacyArgs(['pull', '--ver', '1']) as PrivacyArgs
 * args.ver // 1
 * ```
 */
export interface PrivacyArgs {
  command: string
  positional: string[]
  json: boolean
  lang: PrivacyLang
  ver: PrivacyVer | undefined
  out: string | undefined
  privacy: string | undefined
  force: boolean
  yes: boolean
}

/**
 * Parses the arguments after `mp-privacy`: `'help'` for `--help`/`-h`; throws {@link BadInput} for an unknown option
 * or a bad value.
 *
 * @example
 * ```ts
 * import { parsePrivacyArgs } from './parsePrivacyArgs'
 * parsePrivacyArgs(['--help']) // 'help'
 * ```
 */
export function parsePrivacyArgs(argv: readonly string[]): PrivacyArgs | 'help' {
  const parsed: PrivacyArgs = {
    command: '',
    positional: [],
    json: false,
    lang: 'zh',
    ver: undefined,
    out: undefined,
    privacy: undefined,
    force: false,
    yes: false,
  }
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index] as string
    const [arg, inline] = raw.startsWith('--') && raw.includes('=') ? raw.split(/=(.*)/s) : [raw, undefined]
    const value = () => {
      const next = inline ?? argv[++index]
      if (next === undefined || next === '')
        throw new BadInput(`${arg} needs a value (see mp-privacy --help)`)
      return next
    }
    if (arg === '--help' || arg === '-h') return 'help'
    else if (arg === '--json') parsed.json = true
    else if (arg === '--force') parsed.force = true
    else if (arg === '--yes' || arg === '-y') parsed.yes = true
    else if (arg === '--out') parsed.out = value()
    else if (arg === '--privacy') parsed.privacy = value()
    else if (arg === '--lang') {
      const lang = value()
      if (lang !== 'zh' && lang !== 'en') throw new BadInput(`--lang takes zh or en, not "${lang}"`)
      parsed.lang = lang
    } else if (arg === '--ver') {
      const ver = value()
      if (ver !== '1' && ver !== '2') {
        throw new BadInput(`--ver takes 1 (live) or 2 (development), not "${ver}"`)
      }
      parsed.ver = Number(ver) as PrivacyVer
    } else if (arg?.startsWith('-')) throw new BadInput(`unknown option ${arg} (see mp-privacy --help)`)
    else if (!parsed.command) parsed.command = arg ?? ''
    else parsed.positional.push(arg ?? '')
  }
  return parsed
}
