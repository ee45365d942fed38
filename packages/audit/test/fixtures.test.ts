import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { type AuditResult, audit } from '../src/index'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))

/** Each finding as `rule subject @ file:line`, paths relative to the fixtures folder. */
function summary(result: AuditResult): string[] {
  return result.findings.map((finding) => {
    const at = finding.locations[0]
    return `${finding.rule} ${finding.subject} @ ${at ? `${relative(fixtures, at.file)}:${at.line}` : '-'}`
  })
}

describe('native app: one planted omission per check', () => {
  const result = audit({ dir: join(fixtures, 'native') })

  it('reads the privacy.json next to app.json', () => {
    expect(relative(fixtures, result.privacyFile ?? '')).toBe('native/privacy.json')
  })

  it('reports exactly the planted omissions, each once, at the right file', () => {
    expect(summary(result)).toEqual([
      'undeclared-privacy-type Clipboard @ native/pages/index/index.js:12',
      'unused-privacy-type Contact @ native/privacy.json:10',
      'missing-permission-desc scope.userFuzzyLocation @ native/pages/map/map.js:3',
    ])
    expect(result.findings[0]).toMatchObject({ severity: 'error', errno: 112, apis: ['getClipboardData'] })
    expect(result.findings[1]?.severity).toBe('warning')
    expect(result.errors).toBe(2)
    expect(result.warnings).toBe(1)
  })

  it('finds calls through an alias, wx["name"], Object.method APIs, authorize scopes and components in WXML', () => {
    expect(result.usages.map((usage) => `${usage.kind}:${usage.name}`).sort()).toEqual([
      'api:RecorderManager.start',
      'api:chooseImage',
      'api:chooseLocation',
      'api:getClipboardData',
      'api:getFuzzyLocation',
      'component:button.getRealtimePhoneNumber',
      'component:camera',
      'component:input.nickname',
      'scope:scope.record',
    ])
    expect(result.keysInUse).toEqual([
      'UserInfo',
      'Location',
      'Record',
      'Album',
      'Camera',
      'PhoneNumber',
      'ChooseLocation',
      'Clipboard',
    ])
  })

  it('counts call sites, not names: comments, strings, commented-out tags and bound open-types say nothing', () => {
    const names = result.usages.map((usage) => usage.name)
    expect(names).not.toContain('chooseAddress')
    expect(names).not.toContain('getWeRunData')
    expect(names).not.toContain('live-pusher')
    expect(result.usages.filter((usage) => usage.location.file.endsWith('app.js'))).toEqual([])
  })
})

describe('Taro-like webpack output', () => {
  const result = audit({ dir: join(fixtures, 'taro', 'output') })

  it('reports the undeclared type used in render code at its source file:line through the source map', () => {
    expect(summary(result)).toEqual([
      'undeclared-privacy-type PhoneNumber @ taro/src/pages/index/index.js:28',
    ])
    const at = result.findings[0]?.locations[0]
    expect(at?.generated && relative(fixtures, at.generated.file)).toBe('taro/output/pages/index/index.js')
    expect(at?.generated?.line).toBe(1)
  })

  it('resolves Taro through webpack modules: default getter, named import, components by their export', () => {
    const pageUsages = result.usages
      .filter((usage) => usage.location.generated)
      .map((usage) => `${usage.name} ${usage.location.line}`)
    expect(pageUsages).toEqual([
      'getLocation 12',
      'chooseImage 19',
      'input.nickname 24',
      'camera 25',
      'button.getPhoneNumber 28',
    ])
  })

  it('finds nothing in the runtime: its API tables, wrappers and generic templates are not call sites', () => {
    const runtime = result.usages.filter((usage) => /taro\.js$|base\.wxml$/.test(usage.location.file))
    // base.wxml's <camera> template is a real tag (static); it is listed after the page's own use of it.
    expect(runtime.map((usage) => usage.name)).toEqual(['camera'])
    expect(result.usages.findIndex((usage) => usage.name === 'camera')).toBeLessThan(
      result.usages.findIndex((usage) => usage.location.file.endsWith('base.wxml')),
    )
  })
})

describe('Taro-like development output (named module ids, parenthesised factories, __webpack_require__.n)', () => {
  const result = audit({ dir: join(fixtures, 'taro-dev', 'output') })

  it('finds Taro.X through the default getter and components by their export name, nothing in taro.js', () => {
    expect(
      result.usages.map(
        (usage) => `${usage.name} ${relative(fixtures, usage.location.file)}:${usage.location.line}`,
      ),
    ).toEqual([
      'getClipboardData taro-dev/output/pages/index/index.js:13',
      'camera taro-dev/output/pages/index/index.js:15',
      'button.chooseAvatar taro-dev/output/pages/index/index.js:16',
    ])
    expect(summary(result)).toEqual([
      'undeclared-privacy-type UserInfo @ taro-dev/output/pages/index/index.js:16',
      'undeclared-privacy-type Clipboard @ taro-dev/output/pages/index/index.js:13',
    ])
  })
})

describe('uni-app-like output', () => {
  const result = audit({ dir: join(fixtures, 'uni-app', 'mp-weixin') })

  it('accepts a saved getprivacysetting response as is, and finds uni.X through common/vendor.js', () => {
    expect(relative(fixtures, result.privacyFile ?? '')).toBe('uni-app/privacy.json')
    expect(summary(result)).toEqual([
      'missing-required-private-info getLocation @ uni-app/mp-weixin/pages/index/index.js:1',
    ])
  })

  it('finds nothing in common/vendor.js: its promisified API table is not a call site', () => {
    expect(result.usages.filter((usage) => usage.location.file.endsWith('vendor.js'))).toEqual([])
    expect(result.usages.map((usage) => usage.name)).toEqual([
      'getLocation',
      'input.nickname',
      'button.chooseAvatar',
    ])
  })
})

describe('declaration and app.json rules', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  function nativeCopy(appJson: object): string {
    dir = mkdtempSync(join(tmpdir(), 'mp-privacy-audit-'))
    cpSync(join(fixtures, 'native'), dir, { recursive: true })
    writeFileSync(join(dir, 'app.json'), JSON.stringify(appJson, null, 2))
    return dir
  }

  it('rejects invalid requiredPrivateInfos values, fuzzy + precise together, foreign permission scopes and long descs', () => {
    const app = nativeCopy({
      pages: ['pages/index/index', 'pages/map/map'],
      requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'getLocation', 'getLocations'],
      permission: {
        'scope.userFuzzyLocation': {
          desc: '这是一段超过三十个字符的位置用途说明，用来展示附近的门店和配送范围以及更多内容',
        },
        'scope.camera': { desc: '扫码' },
      },
    })
    const rules = audit({ dir: app }).findings.map((finding) => `${finding.rule} ${finding.subject}`)
    expect(rules).toEqual([
      'undeclared-privacy-type Clipboard',
      'unused-privacy-type Contact',
      'invalid-required-private-info getLocations',
      'conflicting-required-private-infos getFuzzyLocation, getLocation',
      'permission-desc-too-long scope.userFuzzyLocation',
      'invalid-permission-scope scope.camera',
    ])
  })

  it('points app.json findings at the line of the offending value', () => {
    const app = nativeCopy({
      pages: [],
      requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'getLocatoin'],
    })
    const finding = audit({ dir: app }).findings.find((item) => item.rule === 'invalid-required-private-info')
    expect(finding?.locations[0]).toMatchObject({ file: join(app, 'app.json'), line: 6 })
  })

  it('reports a location API missing from requiredPrivateInfos at every call site', () => {
    const app = nativeCopy({ pages: [], requiredPrivateInfos: ['chooseLocation'], permission: {} })
    const findings = audit({ dir: app }).findings.filter(
      (item) => item.rule === 'missing-required-private-info',
    )
    expect(findings.map((item) => [item.subject, relative(app, item.locations[0]?.file ?? '')])).toEqual([
      ['getFuzzyLocation', 'pages/map/map.js'],
    ])
  })

  it('takes the declaration as an object; a misspelt key and entries without privacy_text do not declare, a custom key is allowed', () => {
    const result = audit({
      dir: join(fixtures, 'uni-app', 'mp-weixin'),
      privacy: {
        setting_list: [
          { privacy_key: 'Location', privacy_text: '门店' },
          { privacy_key: 'UserInfo', privacy_text: '' },
          { privacy_key: 'Locaton', privacy_text: '拼错了' },
          { privacy_key: 'MemberLevel', privacy_text: '展示会员等级' },
        ],
      },
    })
    expect(result.privacyFile).toBeUndefined()
    expect(result.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([
      'privacy-key-typo Locaton',
      'undeclared-privacy-type UserInfo',
      'missing-required-private-info getLocation',
    ])
  })

  it('counts SDK declarations (sdk_privacy_info_list) as declared', () => {
    const result = audit({
      dir: join(fixtures, 'native'),
      privacy: {
        setting_list: [],
        sdk_privacy_info_list: [
          {
            sdk_name: 'map-sdk',
            sdk_list: [
              'UserInfo',
              'Location',
              'ChooseLocation',
              'Album',
              'PhoneNumber',
              'Record',
              'Camera',
              'Clipboard',
            ].map((key) => ({ privacy_key: key, privacy_text: 'sdk' })),
          },
        ],
      },
    })
    expect(result.findings.map((finding) => finding.rule)).toEqual(['missing-permission-desc'])
  })

  it('without any privacy.json every type in use is undeclared, and says where to put one', () => {
    dir = mkdtempSync(join(tmpdir(), 'mp-privacy-audit-'))
    cpSync(join(fixtures, 'uni-app', 'mp-weixin'), dir, { recursive: true })
    const result = audit({ dir, cwd: dir })
    expect(result.findings.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual([
      'missing-privacy-declaration privacy.json',
      'undeclared-privacy-type UserInfo',
      'undeclared-privacy-type Location',
      'missing-required-private-info getLocation',
    ])
  })

  it('refuses a saved getprivacysetting error response', () => {
    const privacy = { errcode: 61007, errmsg: 'api unauthorized' }
    expect(() => audit({ dir: join(fixtures, 'native'), privacy })).toThrow(
      new TypeError(
        'privacy is a failed getprivacysetting response (errcode 61007, api unauthorized); save a successful one',
      ),
    )
  })

  it('throws a TypeError that says to build first when the folder does not exist', () => {
    expect(() => audit({ dir: join(fixtures, 'nowhere') })).toThrow(/build the mini program first/)
    expect(() => audit({ dir: join(fixtures, 'taro') })).toThrow(
      /has no app\.json: audit the compiled mini program/,
    )
  })
})

describe("Taro's prebundled development output (@tarojs/taro from the module federation remote)", () => {
  const result = audit({ dir: join(fixtures, 'taro-prebundle', 'output') })

  it('finds Taro.X through the remote module, nothing in the prebundled runtime', () => {
    expect(
      result.usages.map(
        (usage) => `${usage.name} ${relative(fixtures, usage.location.file)}:${usage.location.line}`,
      ),
    ).toEqual([
      'getLocation taro-prebundle/output/pages/index/index.js:12',
      'getClipboardData taro-prebundle/output/pages/index/index.js:13',
    ])
    expect(result.findings).toEqual([])
  })
})

describe('a Taro build of a shape the audit does not know', () => {
  const result = audit({ dir: join(fixtures, 'taro-unknown', 'output') })

  it('says its Taro calls could not be traced, and calls no declared type unused', () => {
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['unrecognised-build', 'warning'],
    ])
    expect(relative(fixtures, result.findings[0]?.locations[0]?.file ?? '')).toBe(
      'taro-unknown/output/taro.js',
    )
  })
})
