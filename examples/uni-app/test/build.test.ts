import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  appRoot,
  listFiles,
  outputDir,
  readOutput,
  readOutputJson,
  wxmlAttributesById,
  wxmlTags,
} from './output'

type AppJson = {
  pages: string[]
  tabBar: { list: { pagePath: string }[] }
  __usePrivacyCheck__?: boolean
  requiredPrivateInfos?: string[]
  permission?: Record<string, { desc: string }>
}
type ComponentJson = { component?: boolean; usingComponents?: Record<string, string> }

const sourceManifest = JSON.parse(readFileSync(join(appRoot, 'src', 'manifest.json'), 'utf8')) as {
  'mp-weixin': { permission: Record<string, { desc: string }> }
}
/** Where uni-app emits the SFCs of `@mp-privacy/vue` (reached through node_modules, see README). */
const vueComponents = 'node-modules/@mp-privacy/vue/src/components'

describe('app.json', () => {
  const app = readOutputJson<AppJson>('app.json')

  test('H4: manifest.json mp-weixin.__usePrivacyCheck__ reaches app.json', () => {
    expect(app.__usePrivacyCheck__).toBe(true)
  })

  test('H23: getLocation is declared in requiredPrivateInfos', () => {
    expect(app.requiredPrivateInfos).toEqual(['getLocation'])
  })

  test('H25: the scope.userLocation permission text reaches app.json', () => {
    const desc = sourceManifest['mp-weixin'].permission['scope.userLocation']?.desc
    expect(desc).toMatch(/location/i)
    expect(app.permission).toEqual({ 'scope.userLocation': { desc } })
  })

  test('the three pages are the tab bar, consent page first', () => {
    const pages = ['pages/index/index', 'pages/profile/index', 'pages/location/index']
    expect(app.pages).toEqual(pages)
    expect(app.tabBar.list.map((item) => item.pagePath)).toEqual(pages)
  })

  test('project.config.json carries the touristappid placeholder', () => {
    expect(readOutputJson<{ appid: string }>('project.config.json').appid).toBe('touristappid')
  })
})

test('no uni statistics reporter is bundled (uniStatistics.enable: false)', () => {
  // Strings of @dcloudio/uni-stat's reporter, seen in the output when statistics are enabled.
  const reporter = /tongji|uni-stat-receiver|UNI_STAT_DATA/
  const scripts = listFiles(outputDir).filter((file) => file.endsWith('.js'))
  expect(scripts).toContain('common/vendor.js')
  expect(scripts.filter((file) => reporter.test(readOutput(file)))).toEqual([])
})

describe('compiled pages', () => {
  test('H13, H17, H28: AgreeButton compiles to an agree button whose agree event is bound, id from the client', () => {
    const tags = wxmlTags(readOutput(`${vueComponents}/AgreeButton.wxml`))
    expect(tags.map((tag) => tag[''])).toEqual(['button', 'slot'])
    const button = tags[0]
    expect(button?.class).toBe('mp-privacy-agree')
    expect(button?.id).toMatch(/^\{\{\w+\}\}$/)
    expect(button?.['open-type']).toMatch(/^\{\{\w+\}\}$/)
    expect(button?.bindagreeprivacyauthorization).toMatch(/^\{\{\w+\}\}$/)
  })

  test("H26: ScopeGuard's open-Settings button runs its tap handler inside the tap (data-eventsync)", () => {
    const button = wxmlAttributesById(
      readOutput(`${vueComponents}/ScopeGuard.wxml`),
      'mp-privacy-open-settings',
    )
    expect(button).toMatchObject({ '': 'button', 'data-eventsync': 'true' })
    expect(button?.bindtap).toMatch(/^\{\{\w+\}\}$/)
  })

  test('H9, H18: the profile page has the nickname input, the avatar button and the gated-calls button', () => {
    const wxml = readOutput('pages/profile/index.wxml')
    expect(wxmlAttributesById(wxml, 'nickname-input')).toMatchObject({ '': 'input', type: 'nickname' })
    expect(wxmlAttributesById(wxml, 'avatar-btn')).toMatchObject({
      '': 'button',
      'open-type': 'chooseAvatar',
    })
    expect(wxmlAttributesById(wxml, 'avatar-btn')?.bindchooseavatar).toMatch(/^\{\{\w+\}\}$/)
    expect(wxmlAttributesById(wxml, 'read-both-btn')?.bindtap).toMatch(/^\{\{\w+\}\}$/)
    expect(readOutput('pages/profile/index.js')).toMatch(/\.getClipboardData\(\)/)
  })
})

describe('@mp-privacy/vue components, shipped as SFC source', () => {
  test("the easycom rule registers PrivacyGuard and ScopeGuard in the pages, the app's popup by import", () => {
    const popup = '../../components/PrivacyPopup'
    expect(readOutputJson<ComponentJson>('pages/index/index.json').usingComponents).toEqual({
      'privacy-guard': `../../${vueComponents}/PrivacyGuard`,
      'privacy-popup': popup,
    })
    expect(readOutputJson<ComponentJson>('pages/profile/index.json').usingComponents).toEqual({
      'privacy-popup': popup,
    })
    expect(readOutputJson<ComponentJson>('pages/location/index.json').usingComponents).toEqual({
      'scope-guard': `../../${vueComponents}/ScopeGuard`,
      'privacy-popup': popup,
    })
  })

  test('the easycom rule also applies inside components: AgreeButton in PrivacyGuard and in the popup', () => {
    expect(readOutputJson<ComponentJson>(`${vueComponents}/PrivacyGuard.json`).usingComponents).toEqual({
      'agree-button': './AgreeButton',
    })
    expect(readOutputJson<ComponentJson>('components/PrivacyPopup.json').usingComponents).toEqual({
      'agree-button': `../${vueComponents}/AgreeButton`,
    })
  })

  test('every usingComponents entry points at a compiled component inside the output', () => {
    const jsons = listFiles(outputDir).filter((file) => file.endsWith('.json') && file !== 'app.json')
    const targets = jsons.flatMap((file) =>
      Object.values(readOutputJson<ComponentJson>(file).usingComponents ?? {}).map((path) =>
        posix.join(dirname(file), path),
      ),
    )
    expect(new Set(targets)).toEqual(
      new Set([
        `${vueComponents}/PrivacyGuard`,
        `${vueComponents}/ScopeGuard`,
        `${vueComponents}/AgreeButton`,
        'components/PrivacyPopup',
      ]),
    )
    for (const target of targets) {
      expect(relative(outputDir, join(outputDir, target))).not.toMatch(/^\.\./)
      expect(readOutputJson<ComponentJson>(`${target}.json`).component).toBe(true)
      for (const ext of ['.js', '.wxml']) expect(existsSync(join(outputDir, target + ext))).toBe(true)
    }
  })
})
