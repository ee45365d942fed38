import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setPrivacySettingBody } from '@mp-privacy/openapi'
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { startWechatServer, type WechatServer } from '../../../scripts/wechat-server'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'dist', 'mp-privacy.js')
const TOKEN = 'authorizer-token-7f3a9c-DO-NOT-PRINT'
const outputs: string[] = []
// Each test runs the command several times, as a process: seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 })
let server: WechatServer
let work: string

/** The newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  )
}

beforeAll(async () => {
  // The command bundles @mp-privacy/openapi: rebuild when either package's source is newer than the command.
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, '..', 'openapi', 'src')))
  let built = 0
  try {
    built = statSync(bin).mtimeMs
  } catch {}
  if (built < sources) {
    execFileSync(join(root, '..', '..', 'node_modules', '.bin', 'tsup'), [], { cwd: root, stdio: 'pipe' })
  }
  server = await startWechatServer({ token: TOKEN })
  work = mkdtempSync(join(tmpdir(), 'mp-privacy-'))
}, 120_000)
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(() => {
  server.clearFaults()
  server.requests.length = 0
  server.state.dev = null
  server.state.live = null
  server.state.privacy_list = []
  server.state.without_auth_list = []
  server.state.without_conf_list = []
})

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      {
        cwd: work,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          WECHAT_ACCESS_TOKEN: TOKEN,
          MP_PRIVACY_API_BASE: server.url,
          // Generous: the machine running the tests may be busy. The timeout test sets its own.
          MP_PRIVACY_TIMEOUT_MS: '15000',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        outputs.push(stdout, stderr, error ? String(error) : '')
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

function write(name: string, value: unknown): string {
  const file = join(work, name)
  writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`)
  return file
}

const owner = { contact_email: 'privacy@example.com', notice_method: '弹窗', store_expire_timestamp: '180天' }
const declaration = {
  owner_setting: owner,
  setting_list: [
    { privacy_key: 'Location', privacy_text: '在「门店」页显示离你最近的门店' },
    { privacy_key: 'Clipboard', privacy_text: '粘贴你复制的取件码' },
  ],
}

describe('push', () => {
  test('refuses every declaration WeChat would reject: exit 1, the rule named, no request at all', async () => {
    const rejectable: [string, unknown][] = [
      ['owner-setting-missing', { setting_list: declaration.setting_list }],
      ['owner-contact-missing', { ...declaration, owner_setting: { notice_method: '弹窗' } }],
      ['notice-method-missing', { ...declaration, owner_setting: { contact_qq: '10000' } }],
      [
        'storage-period-format',
        { ...declaration, owner_setting: { ...owner, store_expire_timestamp: '半年' } },
      ],
      ['privacy-ver-invalid', { ...declaration, privacy_ver: '2' }],
      ['setting-list-with-live-version', { ...declaration, privacy_ver: 1 }],
      ['setting-list-missing', { owner_setting: owner }],
      ['setting-entry-shape', { owner_setting: owner, setting_list: [{ privacy_text: '导航' }] }],
      [
        'privacy-text-empty',
        { owner_setting: owner, setting_list: [{ privacy_key: 'Location', privacy_text: '' }] },
      ],
      [
        'privacy-text-label-only',
        { owner_setting: owner, setting_list: [{ privacy_key: 'Location', privacy_text: '获取位置信息' }] },
      ],
      [
        'duplicate-privacy-key',
        { ...declaration, setting_list: [...declaration.setting_list, declaration.setting_list[0]] },
      ],
      [
        'privacy-key-typo',
        { owner_setting: owner, setting_list: [{ privacy_key: 'Clipbord', privacy_text: '粘贴取件码' }] },
      ],
      ['sdk-list-shape', { ...declaration, sdk_privacy_info_list: [{ sdk_name: '地图 SDK', sdk_list: [] }] }],
    ]
    for (const [rule, value] of rejectable) {
      const file = write(`${rule}.json`, value)
      const result = await run(['push', '--privacy', file, '--yes', '--lang', 'en'])
      expect(result.code, rule).toBe(1)
      expect(result.stdout, rule).toContain(`[${rule}]`)
      expect(result.stderr.trim().split('\n'), rule).toHaveLength(1)
    }
    expect(server.requests).toHaveLength(0)
  })

  test('without --yes prints the exact body and sends nothing; with --yes sends exactly that body', async () => {
    const file = write('privacy.json', declaration)
    const dry = await run(['push'])
    expect(dry.code).toBe(0)
    expect(dry.stderr).toContain('--yes')
    expect(server.requests).toHaveLength(0)
    const printed: unknown = JSON.parse(dry.stdout)
    expect(printed).toEqual({ privacy_ver: 2, ...declaration })

    const sent = await run(['push', '--privacy', file, '--yes', '--lang', 'en'])
    expect(sent.code).toBe(0)
    expect(sent.stdout).toContain('Next: submit the code for review')
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request?.path).toBe('/cgi-bin/component/setprivacysetting')
    expect(JSON.parse(request?.body ?? '')).toEqual(printed)
    expect(request?.body).toContain('门店')
  })

  test('--ver 1 sends owner_setting only; before any release WeChat answers 86074: exit 3 with the fix', async () => {
    write('privacy.json', declaration)
    const dry = await run(['push', '--ver', '1', '--json'])
    expect(JSON.parse(dry.stdout)).toMatchObject({
      sent: false,
      body: { privacy_ver: 1, owner_setting: owner },
    })
    expect(JSON.parse(dry.stdout).body.setting_list).toBeUndefined()
    const refused = await run(['push', '--ver', '1', '--yes', '--lang', 'en'])
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain('86074 NO_LIVE_VERSION')
    expect(refused.stderr).toContain('privacy_ver=2')
  })
})

describe('pull', () => {
  test('round-trips what push sent; never overwrites a different local file without --force', async () => {
    write('privacy.json', declaration)
    expect((await run(['push', '--yes'])).code).toBe(0)
    const sent: unknown = JSON.parse(server.requests[0]?.body ?? '')

    const pulled = await run(['pull', '--out', 'pulled.json', '--lang', 'en'])
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain('saved')
    const saved = JSON.parse(readFileSync(join(work, 'pulled.json'), 'utf8'))
    expect(setPrivacySettingBody(saved, 2)).toEqual(sent)
    const again = await run(['push', '--privacy', 'pulled.json'])
    expect(JSON.parse(again.stdout)).toEqual(sent)

    expect((await run(['pull', '--out', 'pulled.json', '--lang', 'en'])).stdout).toContain('unchanged')
    write('pulled.json', { ...saved, setting_list: [] })
    const kept = await run(['pull', '--out', 'pulled.json', '--lang', 'en'])
    expect(kept.code).toBe(1)
    expect(kept.stderr).toContain('--force')
    expect(JSON.parse(readFileSync(join(work, 'pulled.json'), 'utf8')).setting_list).toEqual([])
    const forced = await run(['pull', '--out', 'pulled.json', '--force', '--json'])
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: true, written: true, types: 2 })
    expect(JSON.parse(readFileSync(join(work, 'pulled.json'), 'utf8'))).toEqual(saved)
  })

  test('a timeout, a 5xx, a malformed answer, a dropped connection: exit 3 and one line each', async () => {
    const path = '/cgi-bin/component/getprivacysetting'
    server.fault(path, 'timeout', 'http500', 'malformed', 'drop')
    const codes: string[] = []
    for (let index = 0; index < 4; index++) {
      // The first request gets no answer: a short timeout for it, the default (generous) one for the others.
      const timeout = index === 0 ? { MP_PRIVACY_TIMEOUT_MS: '1000' } : {}
      const result = await run(['pull', '--out', 'failed.json', '--lang', 'en'], timeout)
      expect(result.code).toBe(3)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      codes.push(/\b(TIMEOUT|HTTP_STATUS|BAD_RESPONSE|NETWORK)\b/.exec(result.stderr)?.[1] ?? result.stderr)
    }
    expect(codes).toEqual(['TIMEOUT', 'HTTP_STATUS', 'BAD_RESPONSE', 'NETWORK'])
    expect(() => statSync(join(work, 'failed.json'))).toThrow()
  })
})

describe('diff', () => {
  function app(): string {
    const dir = join(work, 'app')
    mkdirSync(join(dir, 'dist', 'pages', 'index'), { recursive: true })
    writeFileSync(join(dir, 'package.json'), '{ "name": "diff-fixture", "private": true }\n')
    writeFileSync(
      join(dir, 'dist', 'app.json'),
      JSON.stringify({
        pages: ['pages/index/index'],
        requiredPrivateInfos: ['getLocation'],
        permission: { 'scope.userLocation': { desc: '显示离你最近的门店' } },
      }),
    )
    writeFileSync(join(dir, 'dist', 'app.js'), 'App({})\n')
    writeFileSync(
      join(dir, 'dist', 'pages', 'index', 'index.js'),
      'Page({ near() { wx.getLocation({ type: "gcj02" }) }, paste() { wx.getClipboardData({}) } })\n',
    )
    writeFileSync(join(dir, 'privacy.json'), JSON.stringify(declaration))
    return dir
  }

  test('a type the code uses that the development version lacks: exit 1, the type named', async () => {
    const dir = app()
    server.state.dev = {
      owner_setting: owner,
      setting_list: [{ privacy_key: 'Location', privacy_text: '显示附近的门店' }],
      update_time: 1,
    }
    server.state.privacy_list = ['Location']
    const result = await run(['diff', join(dir, 'dist'), '--lang', 'en'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^Clipboard +✓ +✓ +✗ +— +✗$/m)
    expect(result.stdout).toContain('✖ Clipboard (Clipboard): the code uses it, the dev version(s) lack it')
    expect(result.stdout).toContain("⚠ Clipboard (Clipboard): WeChat's own scan (privacy_list) missed it")
    expect(result.stdout).toContain('(no live version yet')
  })

  test('the live version lacking a type fails too; everything in place exits 0; --json', async () => {
    const dir = app()
    const full = { owner_setting: owner, setting_list: declaration.setting_list, update_time: 2 }
    server.state.dev = full
    server.state.live = {
      ...full,
      setting_list: [full.setting_list[0] as (typeof full.setting_list)[number]],
    }
    server.state.privacy_list = ['Location', 'Clipboard']
    const lacking = await run(['diff', join(dir, 'dist'), '--json'])
    expect(lacking.code).toBe(1)
    expect(JSON.parse(lacking.stdout)).toMatchObject({
      ok: false,
      liveVersion: true,
      gaps: [{ key: 'Clipboard', missingFrom: ['live'] }],
    })
    server.state.live = full
    const clean = await run(['diff', join(dir, 'dist')])
    expect(clean.code).toBe(0)
    expect(clean.stdout).not.toContain('✖')
  })
})

describe('check', () => {
  test('explains each API get_code_privacy_info lists; exit 1 when any, 0 when none', async () => {
    server.state.without_auth_list = ['wx.getLocation']
    server.state.without_conf_list = ['wx.onLocationChange']
    const listed = await run(['check', '--lang', 'en'])
    expect(listed.code).toBe(1)
    expect(listed.stdout).toContain('✖ wx.getLocation: no permission to use it; privacy type Location')
    expect(listed.stdout).toContain('apply_privacy_interface')
    expect(listed.stdout).toContain('Add "onLocationChange" to requiredPrivateInfos')
    const zh = await run(['check', '--json'])
    expect(JSON.parse(zh.stdout).items).toHaveLength(2)
    server.state.without_auth_list = []
    server.state.without_conf_list = []
    expect((await run(['check'])).code).toBe(0)
  })
})

test('bad input: one clear line and exit 2; --help documents the exit codes', async () => {
  const help = await run(['--help'])
  expect(help.code).toBe(0)
  expect(help.stdout).toContain('3  微信拒绝或请求失败')
  for (const [args, env, needle] of [
    [['publish'], {}, 'unknown command "publish"'],
    [['pull', '--ver', '3'], {}, '--ver takes 1 (live) or 2 (development), not "3"'],
    [['pull', '--lang', 'en'], { WECHAT_ACCESS_TOKEN: '' }, 'no token: put'],
    [['diff', '--lang', 'en'], {}, 'diff needs the compiled app'],
    [['push', '--privacy', 'missing.json', '--lang', 'en'], {}, 'no declaration missing.json found'],
  ] as [string[], Record<string, string>, string][]) {
    const result = await run(args, env)
    expect(result.code, args.join(' ')).toBe(2)
    expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    expect(result.stderr).toContain(needle)
  }
  write('broken.json', '{ "owner_setting": ')
  const broken = await run(['push', '--privacy', 'broken.json'])
  expect(broken.code).toBe(2)
  expect(broken.stderr).toContain('is not valid JSON')
})

test('the token never appears in any output, error or file', async () => {
  server.fault('/cgi-bin/component/getprivacysetting', {
    errcode: 40001,
    errmsg: `invalid credential ${TOKEN}`,
  })
  const echoed = await run(['pull', '--out', 'echo.json'])
  expect(echoed.code).toBe(3)
  expect(outputs.length).toBeGreaterThan(40)
  for (const output of outputs) expect(output).not.toContain(TOKEN)
  for (const entry of readdirSync(work, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) expect(readFileSync(join(entry.parentPath, entry.name), 'utf8')).not.toContain(TOKEN)
  }
})
