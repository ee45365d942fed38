// @vitest-environment node
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { chromiumPath, hasChromium, launchChromium, type TestBrowser } from '../../../scripts/chromium.mjs'
import { type DemoServer, serve } from '../../../scripts/serve.mjs'
import { ensureBuilt } from '../../../scripts/tasks.mjs'
import { appRoot } from './paths'

/** `UPDATE_SCREENSHOTS=1` saves the screenshots of docs/ (`pnpm --filter @mp-privacy/example-taro-app screenshots`). */
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? join(appRoot, '..', '..', 'docs') : null
const HERE = '39.908823, 116.39747'

let server: DemoServer
let browser: TestBrowser<BrowserContext>
let page: Page

async function screenshot(name: string): Promise<void> {
  if (screenshotsDir) await page.screenshot({ path: join(screenshotsDir, `demo-${name}.png`) })
}

/** The text of `selector` once it is visible. */
async function textOf(selector: string): Promise<string> {
  const locator = page.locator(selector)
  await locator.waitFor()
  return (await locator.textContent()) ?? ''
}

async function tab(name: 'Home' | 'Profile' | 'Location'): Promise<void> {
  await page.locator('.weui-tabbar__label', { hasText: name }).click()
}

const suiteName = hasChromium
  ? 'browser demo in Chromium'
  : `browser demo SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`
if (!hasChromium) console.warn(`taro-app: ${suiteName}`)

describe.skipIf(!hasChromium)(suiteName, () => {
  beforeAll(async () => {
    // Built by test/global-setup.ts; instant here unless a source changed since.
    const { outputDir } = ensureBuilt('taro-app:h5')
    server = await serve({ root: outputDir })
    browser = await launchChromium(chromium, { width: 390, height: 760 })
    page = browser.page
    if (screenshotsDir) mkdirSync(screenshotsDir, { recursive: true })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  beforeEach(async () => {
    // A new user: what the simulated WeChat remembers lives in localStorage.
    await page.goto(server.url)
    await page.evaluate(() => localStorage.clear())
    await page.reload()
  })

  test('launch → prompt → agree → content; a relaunch after agreeing shows no prompt', {
    timeout: 60_000,
  }, async () => {
    expect(await textOf('.mp-privacy-prompt')).toContain('《示例小程序隐私保护指引》')
    expect(await textOf('#demo-consent')).toBe('privacy: not agreed')
    await screenshot('1-launch-prompt')

    await page.locator('#agree-btn').click()

    expect(await textOf('#consent-status')).toBe('consent: agreed')
    expect(await textOf('#demo-consent')).toBe('privacy: agreed')
    await screenshot('2-agreed')

    await page.reload()
    expect(await textOf('#consent-status')).toBe('consent: agreed')
    expect(await page.locator('#agree-btn').count()).toBe(0)
  })

  test('two gated calls → one prompt; one agree settles both (then WeChat asks for the location)', {
    timeout: 60_000,
  }, async () => {
    await page.locator('#agree-btn').waitFor()
    await tab('Profile')

    await page.locator('#read-both-btn').click()

    expect(await textOf('#popup-referrers')).toBe('Waiting for your consent: getClipboardData, getLocation')
    expect(await page.locator('#privacy-popup').count()).toBe(1)
    await screenshot('3-one-prompt-two-calls')

    await page.locator('#popup-agree-btn').click()

    expect(await textOf('#clipboard')).toBe('clipboard: Hello from the clipboard')
    expect(await textOf('#demo-dialog')).toContain('Allow scope.userLocation?')
    await screenshot('4-permission-popup')
    await page.locator('#demo-allow').click()
    await page.locator('#location', { hasText: HERE }).waitFor()
    expect(await page.locator('#privacy-popup').count()).toBe(0)
  })

  test('location denied → Settings overlay → toggle on → the location shows without a reload', {
    timeout: 60_000,
  }, async () => {
    await page.locator('#agree-btn').click()
    await tab('Location')
    await page.locator('#mp-privacy-request').click()
    expect(await textOf('#demo-dialog')).toContain('Allow scope.userLocation?')
    await page.locator('#demo-deny').click()
    expect(await textOf('#scope-status')).toBe('scope.userLocation: denied')

    await page.locator('#mp-privacy-open-settings').click()

    expect(await textOf('#demo-dialog')).toContain('Permissions')
    await page.locator('input[data-scope="scope.userLocation"]').check()
    await screenshot('5-settings')
    await page.locator('#demo-settings-back').click()
    expect(await textOf('#current-location')).toBe(`You are at ${HERE}`)
    expect(await textOf('#scope-status')).toBe('scope.userLocation: granted')
    await screenshot('6-location')
  })
})
