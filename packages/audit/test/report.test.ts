import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { audit, formatReport, runCommand, settingList, toJson, toSarif } from '../src/index'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))
const native = join(fixtures, 'native')

function run(args: string[]): { code: number; out: string } {
  let out = ''
  const code = runCommand(args, (text) => {
    out += `${text}\n`
  })
  return { code, out }
}

describe('text report', () => {
  const result = audit({ dir: native })

  it('is Chinese by default: what fails, why (errno 112), where, and a summary', () => {
    const text = formatReport(result, { cwd: fixtures })
    expect(text).toContain('✖ 错误 [undeclared-privacy-type] 使用了未声明的隐私类型')
    expect(text).toContain(
      'Clipboard（剪切板）未在隐私保护指引中声明：接口 getClipboardData 的调用会以 errno 112 失败',
    )
    expect(text).toContain('    native/pages/index/index.js:12:')
    expect(text).toContain('⚠ 警告 [unused-privacy-type]')
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 个错误，1 个警告（3 个 JS、2 个 WXML 文件）')
  })

  it('speaks English with lang: en', () => {
    const text = formatReport(result, { cwd: fixtures, lang: 'en' })
    expect(text).toContain(
      'Clipboard (Clipboard) is not declared in the privacy guide: the API getClipboardData will fail with errno 112',
    )
    expect(text).toContain(
      'The scope scope.userFuzzyLocation (Fuzzy geographic location) is used by the API getFuzzyLocation but app.json permission["scope.userFuzzyLocation"].desc is missing',
    )
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 error(s), 1 warning(s) (3 JS, 2 WXML files)')
  })

  it('shows the source place and the compiled one when a source map led there', () => {
    const taro = audit({ dir: join(fixtures, 'taro', 'output') })
    expect(formatReport(taro, { cwd: fixtures, lang: 'en' })).toContain(
      '    taro/src/pages/index/index.js:28:',
    )
    expect(formatReport(taro, { cwd: fixtures, lang: 'en' })).toMatch(
      /\(taro\/output\/pages\/index\/index\.js:1:\d+\)/,
    )
  })
})

describe('machine-readable output', () => {
  const result = audit({ dir: native })

  it('JSON: relative paths and a message per finding', () => {
    const json = toJson(result, { cwd: fixtures, lang: 'en' })
    expect(json.errors).toBe(2)
    expect(json.findings[0]).toMatchObject({
      rule: 'undeclared-privacy-type',
      errno: 112,
      locations: [{ file: 'native/pages/index/index.js', line: 12 }],
    })
    expect(json.findings[0]?.message).toMatch(/^Clipboard \(Clipboard\) is not declared/)
  })

  it('SARIF 2.1.0: one result per finding with its rule, level, message and region', () => {
    const sarif = toSarif(result, { cwd: fixtures })
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toContain('undeclared-privacy-type')
    expect(run?.results.map((item) => [item.ruleId, item.level])).toEqual([
      ['undeclared-privacy-type', 'error'],
      ['unused-privacy-type', 'warning'],
      ['missing-permission-desc', 'error'],
    ])
    expect(run?.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'native/pages/index/index.js' },
      region: { startLine: 12, startColumn: 8 },
    })
    const rule = run?.tool.driver.rules[run.results[0]?.ruleIndex ?? -1]
    expect(rule?.helpUri).toMatch(/^https:\/\/developers\.weixin\.qq\.com\//)
  })

  it('setting_list: the types in use, keeping written purposes and marking new ones TODO', () => {
    const list = settingList(result, { setting_list: [{ privacy_key: 'Album', privacy_text: '上传照片' }] })
    expect(list.map((item) => item.privacy_key)).toEqual(result.keysInUse)
    expect(list.find((item) => item.privacy_key === 'Album')?.privacy_text).toBe('上传照片')
    expect(list.find((item) => item.privacy_key === 'Clipboard')?.privacy_text).toBe(
      'TODO：写明收集「剪切板」的用途',
    )
    expect(
      settingList(result, undefined, 'en').find((item) => item.privacy_key === 'Clipboard')?.privacy_text,
    ).toBe('TODO: say what the app uses "Clipboard" for')
  })
})

describe('mp-privacy-audit command', () => {
  it('exits 1 on errors and prints the Chinese report', () => {
    const { code, out } = run([native])
    expect(code).toBe(1)
    expect(out).toContain('2 个错误，1 个警告')
  })

  it('exits 0 when there are only warnings (--privacy picks the declaration, --json prints data)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-privacy-audit-'))
    try {
      const privacy = join(dir, 'privacy.json')
      const keys = ['Location', 'Camera', 'UserInfo', 'Album', 'PhoneNumber', 'Contact']
      writeFileSync(
        privacy,
        JSON.stringify({ setting_list: keys.map((key) => ({ privacy_key: key, privacy_text: '用途' })) }),
      )
      const { code, out } = run([join(fixtures, 'taro', 'output'), '--privacy', privacy, '--json'])
      expect(code).toBe(0)
      expect(
        JSON.parse(out).findings.map((finding: { rule: string; subject: string }) => finding.subject),
      ).toEqual(['Contact'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('--sarif prints a SARIF log, --emit-setting a setting_list (exit 0 either way for emit)', () => {
    expect(JSON.parse(run([native, '--sarif']).out).version).toBe('2.1.0')
    const emitted = run([native, '--emit-setting'])
    expect(emitted.code).toBe(0)
    expect(
      JSON.parse(emitted.out).setting_list.map((item: { privacy_key: string }) => item.privacy_key),
    ).toContain('Clipboard')
  })

  it('rejects bad arguments in one line that points at --help', () => {
    for (const args of [[], [native, '--lang', 'fr'], [native, '--nope'], [native, native], ['--privacy']]) {
      expect(() => run(args)).toThrow(TypeError)
      try {
        run(args)
      } catch (error) {
        expect((error as Error).message).not.toContain('\n')
      }
    }
    expect(() => run([])).toThrow(/which folder/)
    expect(() => run([native, '--lang', 'fr'])).toThrow(/--lang takes zh or en/)
    expect(() => run([native, '--nope'])).toThrow(/unknown option --nope \(see mp-privacy-audit --help\)/)
  })

  it('--help lists the exit codes', () => {
    const { code, out } = run(['--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /)
  })
})
