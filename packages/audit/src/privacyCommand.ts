import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describePrivacyKey, PRIVACY_KEYS, type PrivacyKey, privacyKeyOfApi } from '@mp-privacy/core/catalog'
import {
  createPrivacyApi,
  type GetPrivacySettingResponse,
  OpenApiError,
  type PrivacyApi,
  type PrivacyDeclarationInput,
  type PrivacyVer,
  setPrivacySettingBody,
} from '@mp-privacy/openapi'
import { audit } from './audit'
import { findPrivacyFile } from './declaration'
import { formatDeclarationFinding, lintDeclaration } from './declarationLint'

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

const USAGE = `用法 / usage: mp-privacy <command> [options]

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

type Lang = 'zh' | 'en'

/** Where `mp-privacy` reads and writes: injectable so that it can run in-process. */
export interface PrivacyCommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

class BadInput extends Error {}

interface Parsed {
  command: string
  positional: string[]
  json: boolean
  lang: Lang
  ver: PrivacyVer | undefined
  out: string | undefined
  privacy: string | undefined
  force: boolean
  yes: boolean
}

function parse(argv: readonly string[]): Parsed | 'help' {
  const parsed: Parsed = {
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
  let parsed: Parsed | 'help'
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr(`mp-privacy: ${(error as Error).message}`)
    return PRIVACY_EXIT_CODES.badInput
  }
  if (parsed === 'help' || parsed.command === '') {
    io.stdout(USAGE)
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
  const context: Context = { options, zh, out, err, api, cwd: io.cwd }
  try {
    switch (options.command) {
      case 'pull':
        return await pull(context)
      case 'push':
        return await push(context)
      case 'diff':
        return await diff(context)
      case 'check':
        return await check(context)
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

interface Context {
  options: Parsed
  zh: boolean
  out: (text: string) => void
  err: (text: string) => void
  api: () => PrivacyApi
  cwd: string
}

function noPositional({ options }: Context): void {
  if (options.positional.length > 0) {
    throw new BadInput(`${options.command} takes no folder or file argument: got "${options.positional[0]}"`)
  }
}

/** A stable text for comparing JSON values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}

async function pull(context: Context): Promise<number> {
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

function readDeclaration(context: Context): { file: string; value: unknown } {
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

async function push(context: Context): Promise<number> {
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

async function diff(context: Context): Promise<number> {
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

async function check(context: Context): Promise<number> {
  const { options, zh, out } = context
  noPositional(context)
  const info = await context.api().getCodePrivacyInfo()
  const explain = (api: string, kind: 'auth' | 'conf') => {
    const bare = api.replace(/^wx\./, '')
    const key = privacyKeyOfApi(bare)
    const type = key
      ? zh
        ? `隐私类型 ${key}（${describePrivacyKey(key, 'zh')}）`
        : `privacy type ${key} (${describePrivacyKey(key, 'en')})`
      : ''
    if (kind === 'auth') {
      return zh
        ? `✖ ${api}：没有使用权限${type ? `，${type}` : ''}。用 apply_privacy_interface（或管理后台「开发管理 → 接口设置」）申请，通过前提交审核会返回 61040；不用就删掉调用，或提审时设置 privacy_api_not_use=true。`
        : `✖ ${api}: no permission to use it${type ? `; ${type}` : ''}. Apply with apply_privacy_interface (or in the admin console); until approved, submitting fails with 61040. If the app does not use it, remove the call or submit with privacy_api_not_use=true.`
    }
    return zh
      ? `✖ ${api}：代码在用，但 ext.json / app.json 的 requiredPrivateInfos 没有配置${type ? `（${type}）` : ''}。把 "${bare}" 加进 requiredPrivateInfos；不用就删掉调用，或提审时设置 privacy_api_not_use=true。`
      : `✖ ${api}: the code uses it but requiredPrivateInfos in ext.json / app.json does not list it${type ? ` (${type})` : ''}. Add "${bare}" to requiredPrivateInfos; if unused, remove the call or submit with privacy_api_not_use=true.`
  }
  const items = [
    ...info.without_auth_list.map((api) => ({
      api,
      problem: 'without_auth' as const,
      message: explain(api, 'auth'),
    })),
    ...info.without_conf_list.map((api) => ({
      api,
      problem: 'without_conf' as const,
      message: explain(api, 'conf'),
    })),
  ]
  if (options.json) out(JSON.stringify({ ok: items.length === 0, items }, null, 2))
  else if (items.length === 0) {
    out(
      zh
        ? '✓ 隐私接口检测通过：没有缺少权限或配置的接口。'
        : '✓ The privacy API check is clean: no API lacks permission or configuration.',
    )
  } else for (const item of items) out(item.message)
  return items.length > 0 ? PRIVACY_EXIT_CODES.findings : PRIVACY_EXIT_CODES.ok
}
