import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputDir } from '../../../scripts/tasks.mjs'
import { audit, detectBuildPlatform, formatReport, WECHAT_ONLY_RULES } from '../src/index'

// Built by test/global-setup.ts.
const builds = [
  { task: 'taro-app:weapp', platform: 'weapp' },
  { task: 'taro-app:tt', platform: 'tt' },
  { task: 'taro-app:alipay', platform: 'alipay' },
  { task: 'uni-app:mp-weixin', platform: 'weapp' },
  { task: 'uni-app:mp-toutiao', platform: 'tt' },
  { task: 'uni-app:mp-alipay', platform: 'alipay' },
] as const

/** A small compiled app of our own: each file's path and content. */
function app(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-privacy-platform-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const privacy = { setting_list: [{ privacy_key: 'Location', privacy_text: '显示你附近的门店' }] }

describe.each(builds)('the $task build', ({ task, platform }) => {
  it(`is recognised as ${platform} output`, () => {
    expect(detectBuildPlatform(outputDir(task))).toBe(platform)
    expect(audit({ dir: outputDir(task) }).platform).toBe(platform)
  })
})

describe.each(builds.filter((build) => build.platform !== 'weapp'))('the $task build', ({ task }) => {
  const result = audit({ dir: outputDir(task) })

  it('audits clean: usePrivacyCheck is on, and no WeChat-only finding is reported', () => {
    expect(result.findings).toEqual([])
  })

  it('still lists the privacy types the app uses (what the platform’s privacy policy must cover)', () => {
    expect(result.keysInUse).toEqual(expect.arrayContaining(['Location', 'Clipboard']))
  })

  it('without its privacy.json it still reports nothing WeChat-only (no errno 112, no missing declaration)', () => {
    const bare = audit({ dir: outputDir(task), privacy: { setting_list: [] } })
    expect(bare.findings.filter((finding) => WECHAT_ONLY_RULES.includes(finding.rule))).toEqual([])
  })
})

describe('Douyin and Alipay: usePrivacyCheck', () => {
  it('an Alipay app.json with only WeChat’s __usePrivacyCheck__ is reported, naming the spelling Alipay reads', () => {
    const dir = app({
      'app.json': JSON.stringify({ pages: ['pages/index/index'], __usePrivacyCheck__: true }),
      'pages/index/index.axml':
        '<button open-type="agreePrivacyAuthorization" onAgreePrivacyAuthorization="agree">同意</button>',
      'pages/index/index.js': 'Page({ locate() { my.getLocation({ success() {} }) } })',
    })
    const result = audit({ dir, privacy })
    expect(result.platform).toBe('alipay')
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'privacy-check-off',
        severity: 'warning',
        subject: 'alipay',
        apis: ['__usePrivacyCheck__'],
        locations: [{ file: join(dir, 'app.json'), line: 1, column: 32 }],
      }),
    ])
    const report = formatReport(result, { lang: 'en', cwd: dir })
    expect(report).toContain('Platform: Alipay')
    expect(report).toContain('[privacy-check-off]')
    expect(report).toContain("WeChat's spelling __usePrivacyCheck__")
    expect(report).toContain('manifest.json under mp-alipay')
  })

  it('a Douyin app.json without usePrivacyCheck is reported (in Chinese by default)', () => {
    const dir = app({
      'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
      'pages/index/index.ttml':
        '<button open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="agree">同意</button>',
      'pages/index/index.js': 'Page({ locate() { tt.getLocation({ success() {} }) } })',
    })
    const result = audit({ dir, privacy })
    expect(result.findings.map((finding) => [finding.rule, finding.subject])).toEqual([
      ['privacy-check-off', 'tt'],
    ])
    const report = formatReport(result, { cwd: dir })
    expect(report).toContain('平台：抖音')
    expect(report).toContain('mp-toutiao')
  })

  it('WeChat output is not asked for usePrivacyCheck, and keeps its own checks', () => {
    const dir = app({
      'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
      'pages/index/index.wxml': '<view>地图</view>',
      'pages/index/index.js': 'Page({ locate() { wx.getLocation({ success() {} }) } })',
    })
    const result = audit({ dir, privacy })
    expect(result.platform).toBe('weapp')
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual([
      'missing-permission-desc',
      'missing-required-private-info',
    ])
    expect(formatReport(result, { lang: 'en', cwd: dir })).not.toContain('Platform:')
  })

  it('output without templates is recognised by the host object its scripts call', () => {
    expect(detectBuildPlatform(app({ 'app.js': 'tt.getSystemInfoSync(); tt.login({})' }))).toBe('tt')
    expect(detectBuildPlatform(app({ 'app.js': 'my.getSystemInfoSync()' }))).toBe('alipay')
    expect(detectBuildPlatform(app({ 'app.js': 'wx.login({})' }))).toBe('weapp')
    expect(detectBuildPlatform(app({ 'app.js': '' }))).toBe('weapp')
  })
})
