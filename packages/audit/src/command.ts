import { audit } from './audit'
import { formatReport, settingList, toJson, toSarif } from './report'
import type { ReportLang } from './types'

/**
 * The exit codes of `mp-privacy-audit`: 0 no errors (warnings allowed), 1 the audit found errors, 2 the audit could
 * not run (bad arguments, no such folder, an `app.json` or `privacy.json` that is missing or not valid JSON).
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from '@mp-privacy/audit'
 * EXIT_CODES.findings // 1
 * ```
 */
export const EXIT_CODES = { ok: 0, findings: 1, badInput: 2 } as const

const USAGE = `用法 / usage: mp-privacy-audit <dir> [--privacy privacy.json] [--lang zh|en] [--json] [--sarif] [--emit-setting]

  <dir>            编译后的小程序目录 / the compiled app (Taro dist/, uni-app dist/build/mp-weixin/, a native app)
  --privacy FILE   隐私声明 / the declaration (default: privacy.json in <dir>, the folders above it up to the
                   project root, then the current directory)
  --lang zh|en     报告语言 / report language (default zh)
  --json           JSON 输出 / JSON output
  --sarif          SARIF 2.1.0 输出 / SARIF 2.1.0 output
  --emit-setting   输出所用类型的 setting_list / print the setting_list of the types in use

退出码 / exit codes:
  0  没有错误（可有警告）/ no errors (warnings allowed)
  1  发现错误 / the audit found errors
  2  无法检查：参数错误、目录不存在、app.json 或 privacy.json 缺失或不是合法 JSON（stderr 一行说明）
     / the audit could not run: bad arguments, no such folder, app.json or privacy.json missing or not valid JSON
     (one line on stderr)`

const SEE_HELP = 'see mp-privacy-audit --help'

/**
 * Runs `mp-privacy-audit` with `argv` (the arguments after the command name) and returns its exit code
 * ({@link EXIT_CODES}): 0, or 1 when the audit found errors. Input it cannot use (bad arguments, a missing folder,
 * a malformed `app.json` or `privacy.json`) throws a `TypeError` with a one-line message: the command prints it
 * and exits with 2.
 *
 * @example
 * ```ts
 * import { runCommand } from '@mp-privacy/audit'
 * const code = runCommand(['dist', '--lang', 'en'])
 * ```
 */
export function runCommand(argv: readonly string[], print: (text: string) => void = console.log): number {
  let dir: string | undefined
  let privacy: string | undefined
  let lang: ReportLang = 'zh'
  let output: 'text' | 'json' | 'sarif' | 'setting' = 'text'
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    const value = () => {
      const next = argv[++index]
      if (next === undefined) throw new TypeError(`${arg} needs a value (${SEE_HELP})`)
      return next
    }
    if (arg === '--privacy') privacy = value()
    else if (arg.startsWith('--privacy=')) privacy = arg.slice('--privacy='.length)
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const chosen = arg === '--lang' ? value() : arg.slice('--lang='.length)
      if (chosen !== 'zh' && chosen !== 'en') throw new TypeError(`--lang takes zh or en, not "${chosen}"`)
      lang = chosen
    } else if (arg === '--json') output = 'json'
    else if (arg === '--sarif') output = 'sarif'
    else if (arg === '--emit-setting') output = 'setting'
    else if (arg === '--help' || arg === '-h') {
      print(USAGE)
      return EXIT_CODES.ok
    } else if (arg.startsWith('-')) throw new TypeError(`unknown option ${arg} (${SEE_HELP})`)
    else if (dir === undefined) dir = arg
    else throw new TypeError(`one folder at a time: got ${dir} and ${arg} (${SEE_HELP})`)
  }
  if (dir === undefined) {
    throw new TypeError(
      `which folder? give the compiled app's folder, e.g. mp-privacy-audit dist (${SEE_HELP})`,
    )
  }
  const result = audit({ dir, ...(privacy === undefined ? {} : { privacy }) })
  if (output === 'setting') {
    print(JSON.stringify({ setting_list: settingList(result, result.declaration, lang) }, null, 2))
    return EXIT_CODES.ok
  }
  if (output === 'json') print(JSON.stringify(toJson(result, { lang }), null, 2))
  else if (output === 'sarif') print(JSON.stringify(toSarif(result, { lang }), null, 2))
  else print(formatReport(result, { lang }))
  return result.errors > 0 ? EXIT_CODES.findings : EXIT_CODES.ok
}
