import { audit } from './audit'
import { readPrivacyFile } from './declaration'
import { formatReport, type ReportLang, settingList, toJson, toSarif } from './report'

const USAGE = `用法 / usage: mp-privacy-audit <dir> [--privacy privacy.json] [--lang zh|en] [--json] [--sarif] [--emit-setting]

  <dir>            编译后的小程序目录 / the compiled app (Taro dist/, uni-app dist/build/mp-weixin/, a native app)
  --privacy FILE   隐私声明 / the declaration (default: privacy.json in <dir>, the folders above it up to the
                   project root, then the current directory)
  --lang zh|en     报告语言 / report language (default zh)
  --json           JSON 输出 / JSON output
  --sarif          SARIF 2.1.0 输出 / SARIF 2.1.0 output
  --emit-setting   输出所用类型的 setting_list / print the setting_list of the types in use
Exit code 1 when there are errors.`

/**
 * Runs `mp-privacy-audit` with `argv` (the arguments after the command name) and returns its exit code: 0, or 1 when
 * the audit found errors. Bad arguments throw a `TypeError` with the usage.
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
      if (next === undefined) throw new TypeError(`${arg} needs a value\n\n${USAGE}`)
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
      return 0
    } else if (arg.startsWith('-')) throw new TypeError(`unknown option ${arg}\n\n${USAGE}`)
    else if (dir === undefined) dir = arg
    else throw new TypeError(`one folder at a time: got ${dir} and ${arg}\n\n${USAGE}`)
  }
  if (dir === undefined) throw new TypeError(`which folder? give the compiled app's folder\n\n${USAGE}`)
  const result = audit({ dir, ...(privacy === undefined ? {} : { privacy }) })
  if (output === 'setting') {
    const declaration = result.privacyFile ? readPrivacyFile(result.privacyFile) : undefined
    print(JSON.stringify({ setting_list: settingList(result, declaration, lang) }, null, 2))
    return 0
  }
  if (output === 'json') print(JSON.stringify(toJson(result, { lang }), null, 2))
  else if (output === 'sarif') print(JSON.stringify(toSarif(result, { lang }), null, 2))
  else print(formatReport(result, { lang }))
  return result.errors > 0 ? 1 : 0
}
