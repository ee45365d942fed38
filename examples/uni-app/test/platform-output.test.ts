// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { appRoot, listFiles, wxmlTags } from './output'

type AppJson = Record<string, unknown>

/** What uni-app writes for each platform: where, the template extension, and the folder of npm packages' SFCs. */
const outputs = [
  {
    platform: 'mp-toutiao',
    template: 'ttml',
    vueComponents: 'node-modules/@mp-privacy/vue/src/components',
    // Douyin's documented binding, as on WeChat.
    agreeEvent: 'bindagreeprivacyauthorization',
  },
  {
    platform: 'mp-alipay',
    template: 'axml',
    // uni-app renames scoped npm folders for Alipay.
    vueComponents: 'node-modules/npm-scope-mp-privacy/vue/src/components',
    // Alipay binds component events as on + the capitalised event name (its docs: onAgreePrivacyAuthorization).
    agreeEvent: 'onAgreePrivacyAuthorization',
  },
] as const

const dirOf = (platform: string) => join(appRoot, 'dist', 'build', platform)
const read = (platform: string, path: string) => readFileSync(join(dirOf(platform), path), 'utf8')

describe.each(outputs)('$platform build', ({ platform, template, vueComponents, agreeEvent }) => {
  test(`AgreeButton renders a native agree button with its id, its open-type and ${agreeEvent}`, () => {
    const buttons = wxmlTags(read(platform, `${vueComponents}/AgreeButton.${template}`)).filter(
      (tag) => tag[''] === 'button',
    )
    expect(buttons).toHaveLength(1)
    const [button] = buttons
    expect(button?.id).toMatch(/^\{\{\w+\}\}$/)
    expect(button?.['open-type']).toMatch(/^\{\{\w+\}\}$/)
    expect(button?.[agreeEvent]).toMatch(/^\{\{\w+\}\}$/)
  })

  test('the popup and the guard render AgreeButton; the popup gives it its own id', () => {
    const popup = wxmlTags(read(platform, `components/PrivacyPopup.${template}`))
    expect(popup.filter((tag) => tag[''] === 'agree-button')).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^\{\{\w+\}\}$/) }),
    ])
    const guard = wxmlTags(read(platform, `${vueComponents}/PrivacyGuard.${template}`))
    expect(guard.filter((tag) => tag[''] === 'agree-button')).toHaveLength(1)
    // POPUP_AGREE_ID of src/privacy.ts, bundled with the page code.
    const scripts = listFiles(dirOf(platform)).filter((file) => file.endsWith('.js'))
    expect(scripts.some((file) => read(platform, file).includes('"popup-agree-btn"'))).toBe(true)
  })

  test('no WeChat-only keys in app.json (__usePrivacyCheck__, requiredPrivateInfos)', () => {
    const app = JSON.parse(read(platform, 'app.json')) as AppJson
    expect(app).not.toHaveProperty('__usePrivacyCheck__')
    expect(app).not.toHaveProperty('requiredPrivateInfos')
  })
})

test('Douyin: manifest.json mp-toutiao turns the privacy gate on (usePrivacyCheck) and describes the location scope', () => {
  const app = JSON.parse(read('mp-toutiao', 'app.json')) as AppJson
  expect(app).toMatchObject({
    usePrivacyCheck: true,
    permission: { 'scope.userLocation': { desc: 'Shows you on the Location tab' } },
  })
  expect(existsSync(join(dirOf('mp-toutiao'), 'project.config.json'))).toBe(true)
})

test('Alipay: manifest.json mp-alipay turns the privacy gate on (usePrivacyCheck); Alipay has no permission key', () => {
  const app = JSON.parse(read('mp-alipay', 'app.json')) as AppJson
  expect(app).toMatchObject({ usePrivacyCheck: true })
  expect(app).not.toHaveProperty('permission')
  expect(existsSync(join(dirOf('mp-alipay'), 'mini.project.json'))).toBe(true)
})

test('no uni statistics reporter is bundled on Douyin or Alipay either (uniStatistics.enable: false)', () => {
  const reporter = /tongji|uni-stat-receiver|UNI_STAT_DATA/
  for (const { platform } of outputs) {
    const scripts = listFiles(dirOf(platform)).filter((file) => file.endsWith('.js'))
    expect(scripts.filter((file) => reporter.test(read(platform, file)))).toEqual([])
  }
})
