// @vitest-environment node
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumPath, hasChromium, launchChromium, type TestBrowser } from '../../scripts/chromium.mjs'
import { type DemoServer, serve } from '../../scripts/serve.mjs'
import { outputDir } from '../../scripts/tasks.mjs'
import { docsRoot } from './paths'

/** `UPDATE_SCREENSHOTS=1` saves the Chinese demo's screenshot in docs/ (README.zh-CN.md shows it). */
const screenshotsDir = process.env.UPDATE_SCREENSHOTS ? docsRoot : null

let server: DemoServer
let browser: TestBrowser<BrowserContext>
let page: Page

const suiteName = hasChromium
  ? 'docs site in Chromium'
  : `docs site SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`
if (!hasChromium) console.warn(`docs: ${suiteName}`)

/** Same-origin links of the page that is open: `{ path, hash }`, path without query for pages. */
async function internalLinks(): Promise<{ href: string; path: string; hash: string }[]> {
  const hrefs = await page.$$eval('a[href]', (anchors) =>
    anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
  )
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === new URL(server.url).origin)
    .map((url) => ({
      href: url.href,
      path: url.pathname + url.search,
      hash: decodeURIComponent(url.hash.slice(1)),
    }))
}

describe.skipIf(!hasChromium)(suiteName, () => {
  beforeAll(async () => {
    // The global setup (test/global-setup.ts) has built the site.
    server = await serve({ root: outputDir('docs:site') })
    browser = await launchChromium(chromium, { width: 1280, height: 900 })
    page = browser.page
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('every internal link, from both home pages on, reaches a page or file, and every #anchor exists', {
    timeout: 90_000,
  }, async () => {
    const visited = new Map<string, { status: number; ids: Set<string> | null }>()
    const anchors: { from: string; path: string; hash: string }[] = []
    const queue = ['/', '/en/']
    while (queue.length > 0) {
      const path = queue.shift() as string
      if (visited.has(path)) continue
      const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'domcontentloaded' })
      const status = response?.status() ?? 0
      const html = (response?.headers()['content-type'] ?? '').startsWith('text/html')
      // The demo app is followed by its own test (and by the embedded-demo test below).
      if (status !== 200 || !html || path.startsWith('/demo/')) {
        visited.set(path, { status, ids: null })
        continue
      }
      const ids = await page.$$eval('[id]', (nodes) => nodes.map((node) => node.id))
      visited.set(path, { status, ids: new Set(ids) })
      for (const link of await internalLinks()) {
        if (!visited.has(link.path)) queue.push(link.path)
        if (link.hash) anchors.push({ from: path, path: link.path, hash: link.hash })
      }
    }
    const broken = [...visited].filter(([, { status }]) => status !== 200).map(([path]) => path)
    expect(broken).toEqual([])
    // Both languages, every guide, the API reference and the rules were reached.
    const paths = [...visited.keys()]
    for (const expected of [
      '/guide/taro.html',
      '/guide/uni-app.html',
      '/guide/troubleshooting.html',
      '/en/guide/taro.html',
      '/en/guide/migration.html',
      '/api/',
      '/en/api/',
      '/api/react.html',
      '/api/vue.html',
      '/host-behaviour.html',
      '/en/host-behaviour.html',
      '/demo/index.html?lang=zh-CN',
    ]) {
      expect(paths).toContain(expected)
    }
    const missing = anchors
      .filter(({ path, hash }) => visited.get(path)?.ids?.has(hash) === false)
      .map(({ from, path, hash }) => `${from} → ${path}#${hash}`)
    expect([...new Set(missing)]).toEqual([])
  })

  test('both home pages show the hero and its three actions', async () => {
    for (const [path, first] of [
      ['/', '快速开始（Taro）'],
      ['/en/', 'Get started (Taro)'],
    ] as const) {
      await page.goto(new URL(path, server.url).href)
      await expect.poll(() => page.locator('.VPHero .name').textContent()).toContain('mp-privacy')
      const actions = page.locator('.VPHero .actions a')
      expect(await actions.count()).toBe(3)
      expect(await actions.first().textContent()).toBe(first)
    }
  })

  test('the language switch leads from a Chinese page to the same page in English and back', {
    timeout: 60_000,
  }, async () => {
    await page.goto(new URL('/guide/taro.html', server.url).href)
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('快速开始：Taro（React）')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')

    await page.locator('.VPNavBarTranslations button').hover()
    await page.locator('.VPNavBarTranslations a', { hasText: 'English' }).click()

    await page.waitForURL(/\/en\/guide\/taro\.html$/)
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toContain('Getting started: Taro (React)')
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US')

    await page.locator('.VPNavBarTranslations button').hover()
    await page.locator('.VPNavBarTranslations a', { hasText: '简体中文' }).click()
    await page.waitForURL(/\/guide\/taro\.html$/)
    expect(new URL(page.url()).pathname).toBe('/guide/taro.html')
  })

  test('the embedded demo, in Chinese: the guard asks, the user agrees, the content shows', {
    timeout: 60_000,
  }, async () => {
    await page.goto(new URL('/demo.html', server.url).href)
    const demo = page.frameLocator('#mp-privacy-demo')

    const prompt = demo.locator('.mp-privacy-prompt')
    await prompt.waitFor()
    expect(await prompt.textContent()).toContain('《示例小程序隐私保护指引》')
    expect(await demo.locator('#demo-consent').textContent()).toBe('隐私：未同意')
    if (screenshotsDir) {
      await page
        .locator('#mp-privacy-demo')
        .screenshot({ path: join(screenshotsDir, 'demo-zh-launch-prompt.png') })
    }

    await demo.locator('#agree-btn').click()

    await expect.poll(() => demo.locator('#consent-status').textContent()).toBe('consent: agreed')
    expect(await demo.locator('#demo-consent').textContent()).toBe('隐私：已同意')
  })

  test('Chinese text is drawn with a CJK font, not as empty boxes', async () => {
    await page.goto(new URL('/', server.url).href)
    // Without a CJK font Chromium draws every Han character as the same "missing glyph" box: compare the
    // pixels of two different characters (and of a private-use code point, which has no glyph anywhere).
    const drawn = await page.evaluate(() => {
      const draw = (text: string) => {
        const canvas = document.createElement('canvas')
        canvas.width = 64
        canvas.height = 64
        const context = canvas.getContext('2d') as CanvasRenderingContext2D
        context.font = '48px sans-serif'
        context.fillText(text, 4, 52)
        return canvas.toDataURL()
      }
      return { yin: draw('隐'), si: draw('私'), missing: draw('\uE000') }
    })
    expect(
      drawn.yin,
      'install a CJK font: apt-get install fonts-noto-cjk (or the smaller fonts-wqy-microhei)',
    ).not.toBe(drawn.si)
    expect(
      drawn.yin,
      'install a CJK font: apt-get install fonts-noto-cjk (or the smaller fonts-wqy-microhei)',
    ).not.toBe(drawn.missing)
  })
})
