import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  audit,
  EXIT_CODES,
  type Finding,
  formatFinding,
  formatReport,
  nameUse,
  type RuleId,
  ruleDocs,
  rules,
  runCommand,
  toJson,
} from '../src/index'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A throwaway app: `files` maps paths to contents. */
function app(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mp-privacy-judging-'))
  temps.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const page = {
  'dist/pages/index/index.js': 'wx.getClipboardData({})\n',
  'dist/pages/index/index.wxml': '<view/>',
}
const clipboard = JSON.stringify({ setting_list: [{ privacy_key: 'Clipboard', privacy_text: '粘贴取件码' }] })

describe('the rule table', () => {
  it('is the one place a rule is defined: ruleDocs, titles and messages come from it, in both languages', () => {
    const ids = Object.keys(rules) as RuleId[]
    expect(Object.keys(ruleDocs)).toEqual(ids)
    for (const id of ids) {
      expect(ruleDocs[id]).toEqual({ severity: rules[id].severity, url: rules[id].url })
      expect(rules[id].url).toMatch(/^https:\/\//)
      const finding: Finding = { rule: id, severity: rules[id].severity, subject: 'X', locations: [] }
      expect(rules[id].title.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(rules[id].title.en).toMatch(/^[A-Za-z]/)
      expect(formatFinding(finding, 'zh')).toMatch(/[\u4e00-\u9fff]/)
      expect(formatFinding(finding, 'en')).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('names an API as an API, a component as a component (with its wrapper), a scope as a scope', () => {
    expect(nameUse({ kind: 'api', name: 'getLocation' }, 'en')).toBe('the API getLocation')
    expect(nameUse({ kind: 'component', name: 'live-pusher' }, 'en')).toBe('the component <live-pusher>')
    expect(nameUse({ kind: 'component', name: 'input.nickname' }, 'zh')).toBe('组件 <input type="nickname">')
    expect(nameUse({ kind: 'component', name: 'button.getPhoneNumber', via: 'van-button' }, 'en')).toBe(
      'the component <van-button> (its inner <button open-type="getPhoneNumber">)',
    )
    expect(nameUse({ kind: 'scope', name: 'scope.camera' }, 'zh')).toBe('scope scope.camera')
    const camera: Finding = {
      rule: 'undeclared-privacy-type',
      severity: 'error',
      subject: 'Camera',
      privacyKey: 'Camera',
      uses: [
        { kind: 'component', name: 'live-pusher' },
        { kind: 'scope', name: 'scope.camera' },
      ],
      locations: [],
    }
    expect(formatFinding(camera, 'en')).toContain(
      'the component <live-pusher> will not work (errno 112); authorize for the scope scope.camera will fail with errno 112',
    )
    expect(formatFinding(camera, 'en')).not.toContain('<live-pusher> will fail')
  })
})

describe('the declaration', () => {
  it('is read once and carried in the result; a BOM is accepted', () => {
    const root = app({
      ...page,
      'package.json': '{}',
      'dist/app.json': '{"pages":[]}',
      'privacy.json': `\uFEFF${clipboard}`,
    })
    const result = audit({ dir: join(root, 'dist') })
    expect(result.declaration).toEqual(JSON.parse(clipboard))
    expect(result.findings).toEqual([])
  })

  it('a blank privacy_text declares nothing (as in the simulator)', () => {
    const blank = JSON.stringify({ setting_list: [{ privacy_key: 'Clipboard', privacy_text: '  \n' }] })
    const root = app({
      ...page,
      'package.json': '{}',
      'dist/app.json': '{"pages":[]}',
      'privacy.json': blank,
    })
    expect(audit({ dir: join(root, 'dist') }).findings.map((f) => f.rule)).toEqual([
      'undeclared-privacy-type',
    ])
  })

  it('missing: the finding points at privacy.json in the project root, where it belongs, not into dist/', () => {
    const root = app({ ...page, 'package.json': '{}', 'dist/app.json': '{"pages":[]}' })
    const result = audit({ dir: join(root, 'dist'), cwd: root })
    const missing = result.findings.find((f) => f.rule === 'missing-privacy-declaration')
    expect(missing?.locations).toEqual([{ file: join(root, 'privacy.json'), line: 1, column: 1 }])
    expect(formatReport(result, { cwd: root, lang: 'en' })).toContain(
      '    privacy.json:1:1 (no such file: create it here)',
    )
    expect(formatReport(result, { cwd: root })).toContain('    privacy.json:1:1 （文件不存在：在此创建）')
  })
})

describe('bad input: one line, exit code 2, never a pass', () => {
  const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const cli = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })

  it.each([
    [
      'a malformed app.json',
      { 'dist/app.json': '{"pages": [}', 'privacy.json': clipboard },
      [],
      /app\.json is not valid JSON \(.+\): fix it/,
    ],
    [
      'a malformed privacy.json',
      { 'dist/app.json': '{}', 'privacy.json': '{"setting_list": [' },
      [],
      /privacy\.json is not valid JSON/,
    ],
    [
      'a --privacy file that does not exist',
      { 'dist/app.json': '{}' },
      ['--privacy', 'nope.json'],
      /nope\.json not found: /,
    ],
    ['a folder that does not exist', {}, [], /is not a folder/],
  ] as const)('%s', (_case, files, args, message) => {
    const root = app({ 'package.json': '{}', ...files })
    const { status, stdout, stderr } = cli(root, 'dist', ...args)
    expect(status).toBe(EXIT_CODES.badInput)
    expect(stdout).toBe('')
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
    expect(stderr).toMatch(/^mp-privacy-audit: /)
  })

  it('a malformed app.json throws from audit() instead of skipping the app.json checks', () => {
    const root = app({
      ...page,
      'dist/app.json': '{"requiredPrivateInfos": ["getLocation",]}',
      'privacy.json': clipboard,
    })
    expect(() => audit({ dir: join(root, 'dist'), privacy: join(root, 'privacy.json') })).toThrow(
      /app\.json is not valid JSON/,
    )
    expect(() => runCommand([join(root, 'dist')], () => {})).toThrow(TypeError)
  })
})

describe('library code', () => {
  it('the app’s own places come first; library places are grouped and marked with the package name', () => {
    const root = app({
      'package.json': '{}',
      'privacy.json': JSON.stringify({ setting_list: [] }),
      'dist/app.json': '{"pages":["pages/index/index"]}',
      'dist/pages/index/index.json': JSON.stringify({
        usingComponents: {
          'van-uploader': '@vant/weapp/uploader/index',
          't-upload': 'tdesign-miniprogram/upload/upload',
        },
      }),
      'dist/miniprogram_npm/@vant/weapp/uploader/index.js':
        'Component({ methods: { go() { wx.chooseMedia({}) } } })\n',
      'dist/miniprogram_npm/tdesign-miniprogram/upload/upload.js':
        'Component({ methods: { go() { wx.chooseImage({}) } } })\n',
      'dist/node-modules/wot-design-uni/components/wd-upload/wd-upload.js': 'wx.chooseVideo({})\n',
      'dist/pages/index/index.js': 'Page({ onLoad() { wx.chooseImage({}) } })\n',
    })
    const result = audit({ dir: join(root, 'dist') })
    const album = result.findings.find((f) => f.subject === 'Album')
    expect(album?.locations.map((at) => [relative(root, at.file), at.library])).toEqual([
      ['dist/pages/index/index.js', undefined],
      ['dist/miniprogram_npm/@vant/weapp/uploader/index.js', '@vant/weapp'],
      ['dist/miniprogram_npm/tdesign-miniprogram/upload/upload.js', 'tdesign-miniprogram'],
      ['dist/node-modules/wot-design-uni/components/wd-upload/wd-upload.js', 'wot-design-uni'],
    ])
    const text = formatReport(result, { cwd: root, lang: 'en' })
    expect(text).toContain('the APIs chooseImage, chooseMedia, chooseVideo will fail with errno 112')
    expect(text).toContain(
      [
        '    dist/pages/index/index.js:1:22',
        '    library code, @vant/weapp (not your code; check how you use it):',
        '      dist/miniprogram_npm/@vant/weapp/uploader/index.js:1:34',
      ].join('\n'),
    )
    expect(formatReport(result, { cwd: root })).toContain(
      '    库代码 wot-design-uni（不是你的代码；检查你如何使用它）：',
    )
    const json = toJson(result, { cwd: root })
    expect(json.findings[0]?.locations[1]).toMatchObject({ library: '@vant/weapp' })
    expect(json.usages[0]?.location.library).toBeUndefined()
    expect(json.findings[0]).toHaveProperty('title', rules['undeclared-privacy-type'].title.zh)
  })

  it('inside a development webpack chunk, the module around the place names the package', () => {
    const chunk = [
      '(wx["webpackJsonp"] = wx["webpackJsonp"] || []).push([["vendors"],{',
      '',
      '/***/ "../../node_modules/.pnpm/taro-ui@3.3.0/node_modules/taro-ui/dist/index.esm.js":',
      '/***/ (function(module, exports) {',
      'exports.pick = function () { wx.chooseImage({}) }',
      '/***/ }),',
      '',
      '/***/ "./src/utils/pick.ts":',
      '/***/ (function(module, exports) {',
      'exports.own = function () { wx.chooseMedia({}) }',
      '/***/ })',
      '}]);',
    ].join('\n')
    const root = app({
      'package.json': '{}',
      'privacy.json': JSON.stringify({ setting_list: [] }),
      'dist/app.json': '{"pages":["pages/index/index"]}',
      'dist/vendors.js': chunk,
      'dist/pages/index/index.wxml': '<view/>',
    })
    const album = audit({ dir: join(root, 'dist') }).findings.find((f) => f.subject === 'Album')
    expect(album?.locations.map((at) => [at.line, at.library])).toEqual([
      [10, undefined],
      [5, 'taro-ui'],
    ])
  })
})
