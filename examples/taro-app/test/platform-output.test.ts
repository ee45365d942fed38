// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { alipayDir, ttDir, weappDir } from './paths'

/** The attributes of the one `<button>` template in Taro's base template (every Taro `Button` renders through it). */
function buttonAttributes(template: string): Map<string, string> {
  const buttons = template.match(/<button\s[^>]*>/g) ?? []
  expect(buttons).toHaveLength(1)
  const attributes = new Map<string, string>()
  for (const [, name, value] of (buttons[0] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
    if (name !== undefined && value !== undefined) attributes.set(name, value)
  }
  return attributes
}

function appJson(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as Record<string, unknown>
}

/** Every compiled script of a build, concatenated. */
function scripts(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
}

const outputs = [
  { platform: 'weapp', dir: weappDir, template: 'base.wxml', agreeEvent: 'bindagreeprivacyauthorization' },
  { platform: 'tt', dir: ttDir, template: 'base.ttml', agreeEvent: 'bindagreeprivacyauthorization' },
  { platform: 'alipay', dir: alipayDir, template: 'base.axml', agreeEvent: 'onAgreePrivacyAuthorization' },
] as const

/** `GUARD_AGREE_ID` and `POPUP_AGREE_ID` of src/privacy.ts (importing it here would load Taro's runtime). */
const AGREE_IDS = ['agree-btn', 'popup-agree-btn']

describe.each(outputs)('$platform build', ({ dir, template, agreeEvent }) => {
  test(`the agree button binds ${agreeEvent} to Taro's event handler and takes the id the page gives it`, () => {
    const button = buttonAttributes(readFileSync(join(dir, template), 'utf8'))
    expect(button.get(agreeEvent)).toBe('eh')
    expect(button.get('open-type')).toMatch(/^\{\{i\.\w+\}\}$/)
    // Taro writes a component's `id` prop as `uid`; the native button gets it (the generated `sid` otherwise).
    expect(button.get('id')).toBe('{{i.uid||i.sid}}')
  })

  test('the pages render AgreeButton with the ids the privacy client accepts', () => {
    const code = scripts(dir)
    expect(code).toContain('"agreePrivacyAuthorization"')
    for (const id of AGREE_IDS) expect(code).toContain(`"${id}"`)
  })
})

test('Douyin: usePrivacyCheck turns the privacy gate on; permission describes the location scope; no WeChat-only keys', () => {
  const config = appJson(ttDir)
  expect(config).toMatchObject({
    usePrivacyCheck: true,
    permission: { 'scope.userLocation': { desc: 'Shows you on the Location tab' } },
  })
  expect(config).not.toHaveProperty('__usePrivacyCheck__')
  expect(config).not.toHaveProperty('requiredPrivateInfos')
})

test('Alipay: usePrivacyCheck turns the privacy gate on; no WeChat-only keys', () => {
  const config = appJson(alipayDir)
  expect(config).toMatchObject({ usePrivacyCheck: true })
  for (const key of ['__usePrivacyCheck__', 'requiredPrivateInfos', 'permission']) {
    expect(config).not.toHaveProperty(key)
  }
})

test('Alipay: the agree event is bound as Alipay writes it, not as the lower-case name Taro 4.2.0 emits by default', () => {
  const button = buttonAttributes(readFileSync(join(alipayDir, 'base.axml'), 'utf8'))
  expect([...button.keys()].filter((name) => name.toLowerCase() === 'onagreeprivacyauthorization')).toEqual([
    'onAgreePrivacyAuthorization',
  ])
})

test('WeChat keeps its own keys (H4, H23)', () => {
  expect(appJson(weappDir)).toMatchObject({
    __usePrivacyCheck__: true,
    requiredPrivateInfos: ['getLocation'],
    permission: { 'scope.userLocation': { desc: 'Shows you on the Location tab' } },
  })
  expect(appJson(weappDir)).not.toHaveProperty('usePrivacyCheck')
})
