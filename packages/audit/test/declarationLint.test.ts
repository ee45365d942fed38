import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { type DeclarationFinding, formatDeclarationFinding, lintDeclaration } from '../src/declarationLint'
import { audit, rules as auditRules, formatReport, ruleAppliesOn } from '../src/index'

const owner = { contact_email: 'privacy@example.com', notice_method: '弹窗', store_expire_timestamp: '30天' }
const valid = {
  owner_setting: owner,
  setting_list: [
    { privacy_key: 'Location', privacy_text: '在「门店」页显示离你最近的门店' },
    { privacy_key: 'Clipboard', privacy_text: '粘贴你复制的取件码' },
  ],
}
const rules = (findings: DeclarationFinding[]) => findings.map((finding) => finding.rule)

test('a complete declaration (and a saved getprivacysetting response) has no findings', () => {
  expect(lintDeclaration(valid)).toEqual([])
  const saved = {
    errcode: 0,
    errmsg: 'ok',
    code_exist: 1,
    privacy_list: ['Location'],
    setting_list: valid.setting_list.map((item) => ({ ...item, privacy_label: '' })),
    update_time: 1,
    owner_setting: { ...owner, contact_phone: '', contact_qq: '', contact_weixin: '', ext_file_media_id: '' },
    privacy_desc: { privacy_desc_list: [] },
    sdk_privacy_info_list: [],
  }
  expect(lintDeclaration(saved)).toEqual([])
})

describe('owner_setting (86069)', () => {
  test('missing, no contact, no notice_method', () => {
    expect(lintDeclaration({ setting_list: valid.setting_list })).toMatchObject([
      { rule: 'owner-setting-missing', errcode: 86069 },
    ])
    const noContact = lintDeclaration({ ...valid, owner_setting: { notice_method: '弹窗', contact_qq: ' ' } })
    expect(noContact).toMatchObject([
      { rule: 'owner-contact-missing', errcode: 86069, path: 'owner_setting' },
    ])
    const noNotice = lintDeclaration({ ...valid, owner_setting: { contact_weixin: 'wxid' } })
    expect(noNotice).toMatchObject([{ rule: 'notice-method-missing', path: 'owner_setting.notice_method' }])
  })

  test('the audit may read a declaration without owner_setting (its types only)', () => {
    expect(lintDeclaration({ setting_list: valid.setting_list }, { requireOwnerSetting: false })).toEqual([])
    expect(
      lintDeclaration({ owner_setting: {}, setting_list: [] }, { requireOwnerSetting: false }),
    ).toHaveLength(2)
  })
})

test('86072/87072: the storage period reads "N天"', () => {
  for (const period of ['30 days', '30', '三十天', '0天', '30天 ', 30]) {
    const findings = lintDeclaration({
      ...valid,
      owner_setting: { ...owner, store_expire_timestamp: period },
    })
    expect(findings, String(period)).toMatchObject([{ rule: 'storage-period-format', errcode: 86072 }])
  }
  for (const period of ['1天', '365天', '']) {
    expect(
      lintDeclaration({ ...valid, owner_setting: { ...owner, store_expire_timestamp: period } }),
    ).toEqual([])
  }
})

describe('privacy_ver and setting_list', () => {
  test('86071: privacy_ver other than 1 or 2', () => {
    expect(rules(lintDeclaration({ ...valid, privacy_ver: '2' }))).toEqual(['privacy-ver-invalid'])
    expect(lintDeclaration({ ...valid, privacy_ver: 3 })[0]?.errcode).toBe(86071)
  })

  test('a body with privacy_ver 1 and a setting_list is refused; the live version checks owner_setting only', () => {
    expect(rules(lintDeclaration({ ...valid, privacy_ver: 1 }))).toEqual(['setting-list-with-live-version'])
    expect(lintDeclaration({ privacy_ver: 1, owner_setting: owner })).toEqual([])
    expect(lintDeclaration(valid, { ver: 1 })).toEqual([])
    expect(rules(lintDeclaration({ owner_setting: { notice_method: '弹窗' } }, { ver: 1 }))).toEqual([
      'owner-contact-missing',
    ])
  })

  test('the development version needs setting_list', () => {
    expect(rules(lintDeclaration({ owner_setting: owner }))).toEqual(['setting-list-missing'])
    expect(rules(lintDeclaration({ owner_setting: owner, setting_list: {} }))).toEqual([
      'setting-entry-shape',
    ])
  })
})

describe('setting_list entries', () => {
  test('empty privacy_text, and a misnamed field that was meant as privacy_text', () => {
    const findings = lintDeclaration({
      owner_setting: owner,
      setting_list: [
        { privacy_key: 'Location', privacy_text: '  ' },
        { privacy_key: 'UserInfo', privacy_value: '注册登录' },
      ],
    })
    expect(findings).toMatchObject([
      { rule: 'privacy-text-empty', path: 'setting_list[0].privacy_text' },
      { rule: 'privacy-text-empty', suggestion: 'privacy_text' },
    ])
    expect(findings[1]?.message.en).toContain('did you mean "privacy_text"')
  })

  test('描述不明确: a purpose that only repeats the type’s name, with or without filler words', () => {
    for (const [key, text] of [
      ['Location', '位置信息'],
      ['Location', '获取位置信息'],
      ['UserInfo', '获取用户信息（微信昵称、头像）'],
      ['AlbumWriteOnly', '相册（仅写入）权限'],
      ['Clipboard', 'Clipboard'],
    ] as const) {
      const findings = lintDeclaration({
        owner_setting: owner,
        setting_list: [{ privacy_key: key, privacy_text: text }],
      })
      expect(findings, text).toMatchObject([{ rule: 'privacy-text-label-only', review: true }])
    }
    const specific = [
      { privacy_key: 'AlbumWriteOnly', privacy_text: '相册（仅写入）权限，保存你生成的海报' },
      { privacy_key: 'UserInfo', privacy_text: '在个人主页展示你的头像和昵称' },
    ]
    expect(lintDeclaration({ owner_setting: owner, setting_list: specific })).toEqual([])
  })

  test('a key declared twice', () => {
    const findings = lintDeclaration({
      owner_setting: owner,
      setting_list: [...valid.setting_list, { privacy_key: 'Location', privacy_text: '计算配送距离' }],
    })
    expect(findings).toMatchObject([
      { rule: 'duplicate-privacy-key', path: 'setting_list[2].privacy_key', subject: 'Location' },
    ])
  })

  test('an unknown key close to a known one is a typo ("did you mean Location?"); real custom keys are allowed', () => {
    const findings = lintDeclaration({
      owner_setting: owner,
      setting_list: [
        { privacy_key: 'Locaton', privacy_text: '显示附近的门店' },
        { privacy_key: 'location', privacy_text: '显示附近的门店' },
        { privacy_key: 'PhoneNumbr', privacy_text: '登录' },
        { privacy_key: 'MemberCardNo', privacy_text: '核对你的会员卡' },
        { privacy_key: 'UserLocation', privacy_text: '显示附近的门店' },
      ],
    })
    expect(findings.map((finding) => [finding.rule, finding.suggestion])).toEqual([
      ['privacy-key-typo', 'Location'],
      ['privacy-key-typo', 'Location'],
      ['privacy-key-typo', 'PhoneNumber'],
    ])
    expect(findings[0]?.message.en).toContain('Did you mean "Location"?')
    expect(findings[0]?.message.zh).toContain('是不是想写 "Location"')
  })

  test('entries without a privacy_key (47001)', () => {
    const findings = lintDeclaration({
      owner_setting: owner,
      setting_list: ['Location', { privacy_text: 'x' }],
    })
    expect(findings).toMatchObject([
      { rule: 'setting-entry-shape', path: 'setting_list[0]', errcode: 47001 },
      { rule: 'setting-entry-shape', path: 'setting_list[1]', errcode: 47001 },
    ])
  })
})

test('the SDK list: an array of { sdk_name, sdk_biz_name, sdk_list }, entries checked like setting_list', () => {
  const sdk = { sdk_name: '地图 SDK', sdk_biz_name: '某某科技有限公司', sdk_list: [valid.setting_list[0]] }
  expect(lintDeclaration({ ...valid, sdk_privacy_info_list: [sdk] })).toEqual([])
  expect(rules(lintDeclaration({ ...valid, sdk_privacy_info_list: {} }))).toEqual(['sdk-list-shape'])
  const findings = lintDeclaration({
    ...valid,
    sdk_privacy_info_list: [
      { sdk_name: '', sdk_list: [] },
      { ...sdk, sdk_list: [{ privacy_key: 'Camra', privacy_text: '摄像头' }] },
    ],
  })
  expect(findings.map((finding) => finding.path)).toEqual([
    'sdk_privacy_info_list[0].sdk_name',
    'sdk_privacy_info_list[0].sdk_biz_name',
    'sdk_privacy_info_list[0].sdk_list',
    'sdk_privacy_info_list[1].sdk_list[0].privacy_key',
  ])
})

test('every finding says what it prevents and how to fix it, in Chinese and English', () => {
  const findings = lintDeclaration({
    privacy_ver: 2,
    owner_setting: { store_expire_timestamp: '永久' },
    setting_list: [
      { privacy_key: 'Locaton', privacy_text: '' },
      { privacy_key: 'Location', privacy_text: '位置信息' },
    ],
  })
  expect(findings.length).toBeGreaterThanOrEqual(5)
  for (const finding of findings) {
    expect(
      finding.errcode !== undefined ||
        finding.review ||
        finding.message.en.includes('errno 112') ||
        finding.suggestion,
    ).toBeTruthy()
    expect(finding.message.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(finding.message.en).toMatch(/[A-Za-z]{3}/)
  }
  expect(formatDeclarationFinding(findings[0] as DeclarationFinding, 'en')).toMatch(
    /^✖ \[owner-contact-missing\] owner_setting \(prevents errcode 86069\): /,
  )
  expect(lintDeclaration([])).toMatchObject([{ rule: 'setting-entry-shape', path: '$' }])
})

describe('in the audit', () => {
  const fixtures = fileURLToPath(new URL('fixtures', import.meta.url))

  test('mp-privacy-audit reports what WeChat rejects in privacy.json, placed at the line, with its fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-privacy-lint-'))
    try {
      const privacy = join(dir, 'privacy.json')
      const source = JSON.parse(readFileSync(join(fixtures, 'native', 'privacy.json'), 'utf8'))
      const setting_list = [
        ...source.setting_list.filter((item: { privacy_key: string }) => item.privacy_key !== 'Location'),
        { privacy_key: 'Location', privacy_text: '获取位置信息' },
      ]
      const text = JSON.stringify(
        { owner_setting: { notice_method: '弹窗', store_expire_timestamp: '一年' }, setting_list },
        null,
        2,
      )
      writeFileSync(privacy, text)
      const locationLine = text.split('\n').findIndex((line) => line.includes('"Location"')) + 1
      const result = audit({ dir: join(fixtures, 'native'), privacy })
      const lint = result.findings.filter((finding) =>
        ['owner-contact-missing', 'storage-period-format', 'privacy-text-label-only'].includes(finding.rule),
      )
      expect(lint.map((finding) => [finding.rule, finding.subject, finding.locations[0]?.line])).toEqual([
        ['owner-contact-missing', 'owner_setting', 2],
        ['storage-period-format', '一年', 4],
        ['privacy-text-label-only', 'Location', locationLine],
      ])
      expect(result.errors).toBeGreaterThanOrEqual(3)
      const report = formatReport(result, { lang: 'en' })
      expect(report).toContain('✖ error [storage-period-format] Storage period not in days')
      expect(report).toContain('setprivacysetting answers 86072 (or 87072)')
      expect(formatReport(result, { lang: 'zh' })).toContain('审核会以“描述不明确”驳回')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a declaration of types only (no owner_setting) adds nothing: the shape is push’s concern', () => {
    const result = audit({ dir: join(fixtures, 'native'), privacy: join(fixtures, 'native', 'privacy.json') })
    expect(result.findings.map((finding) => finding.rule)).not.toContain('owner-setting-missing')
    expect(Object.keys(auditRules)).toEqual(
      expect.arrayContaining(['storage-period-format', 'privacy-key-typo']),
    )
  })

  test('WeChat’s rules only: Douyin and Alipay builds are not judged by setprivacysetting', () => {
    expect(ruleAppliesOn('storage-period-format', 'weapp')).toBe(true)
    expect(ruleAppliesOn('owner-contact-missing', 'tt')).toBe(false)
    expect(ruleAppliesOn('privacy-text-label-only', 'alipay')).toBe(false)
  })
})
