import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { appRoot, listFiles, outputDir, readOutput, readOutputJson, wxmlAttributesById } from './output'

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
const fixtureNote = 'node-modules/@mp-privacy/example-sfc-fixture/src/components/FixtureNote'

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
    expect(desc).toMatch(/location/)
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
  test('H13, H28: @agreeprivacyauthorization compiles to a bound handler on the agree button, id kept', () => {
    const button = wxmlAttributesById(readOutput('pages/index/index.wxml'), 'agree-btn')
    expect(button).toMatchObject({ '': 'button', 'open-type': 'agreePrivacyAuthorization' })
    expect(button?.bindagreeprivacyauthorization).toMatch(/^\{\{\w+\}\}$/)
    expect(wxmlAttributesById(readOutput('pages/index/index.wxml'), 'agree-status')).toMatchObject({
      '': 'text',
    })
  })

  test('H9: the profile page binds a tap handler that calls uni.getClipboardData', () => {
    const wxml = readOutput('pages/profile/index.wxml')
    expect(wxmlAttributesById(wxml, 'clipboard-btn')?.bindtap).toMatch(/^\{\{\w+\}\}$/)
    expect(wxmlAttributesById(wxml, 'clipboard-result')).toMatchObject({ '': 'text' })
    expect(readOutput('pages/profile/index.js')).toMatch(/\.getClipboardData\(\)/)
  })

  test('the location page shows its placeholder text', () => {
    expect(wxmlAttributesById(readOutput('pages/location/index.wxml'), 'location-placeholder')).toMatchObject(
      { '': 'text' },
    )
  })
})

describe('an SFC shipped as source in a linked package', () => {
  test('an explicit import of its .vue file registers it in the page', () => {
    expect(readOutputJson<ComponentJson>('pages/index/index.json').usingComponents).toEqual({
      'explicit-fixture-note': `../../${fixtureNote}`,
    })
  })

  test('the easycom custom rule registers it without an import', () => {
    expect(readOutputJson<ComponentJson>('pages/location/index.json').usingComponents).toEqual({
      'fixture-note': `../../${fixtureNote}`,
    })
  })

  test('it is compiled to a WXML component with its template and events', () => {
    expect(readOutputJson<ComponentJson>(`${fixtureNote}.json`).component).toBe(true)
    const wxml = readOutput(`${fixtureNote}.wxml`)
    expect(wxmlAttributesById(wxml, 'fixture-note-label')).toMatchObject({ '': 'text' })
    expect(wxmlAttributesById(wxml, 'fixture-note-btn')?.bindtap).toMatch(/^\{\{\w+\}\}$/)
    expect(readOutput(`${fixtureNote}.js`)).toContain('createComponent')
  })

  test('every usingComponents entry points at a compiled component inside the output', () => {
    const jsons = listFiles(outputDir).filter((file) => file.endsWith('.json') && file !== 'app.json')
    const targets = jsons.flatMap((file) =>
      Object.values(readOutputJson<ComponentJson>(file).usingComponents ?? {}).map((path) =>
        posix.join(dirname(file), path),
      ),
    )
    expect(targets).toContain(fixtureNote)
    for (const target of targets) {
      expect(relative(outputDir, join(outputDir, target))).not.toMatch(/^\.\./)
      for (const ext of ['.js', '.json', '.wxml'])
        expect(existsSync(join(outputDir, target + ext))).toBe(true)
    }
  })
})
