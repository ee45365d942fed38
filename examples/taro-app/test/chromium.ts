import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it). Never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)

/** A headless Chromium with a fresh profile, its first page, and `close()` that removes the profile. */
export interface TestBrowser {
  readonly context: BrowserContext
  readonly page: Page
  close(): Promise<void>
}

/**
 * Launches Debian's Chromium for a browser test (the demo's, the docs site's) with the flags this machine needs:
 * no sandbox as root, and no background networking, which the closed network would refuse.
 *
 * @example
 * const browser = await launchChromium({ width: 390, height: 760 })
 * await browser.page.goto(server.url)
 * await browser.close()
 */
export async function launchChromium(viewport: { width: number; height: number }): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mp-privacy-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return {
    context,
    page,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
