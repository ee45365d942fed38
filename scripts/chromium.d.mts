/** Debian's Chromium: `$CHROMIUM_PATH`, else /usr/bin/chromium. */
export declare const chromiumPath: string

/** Whether `chromiumPath` exists: browser tests are skipped, with a warning that says how to install it, if not. */
export declare const hasChromium: boolean

/** The part of a Playwright page the launcher uses. */
interface LaunchedPage {
  setDefaultTimeout(timeout: number): void
}

/** The part of a Playwright persistent context the launcher uses. */
interface LaunchedContext {
  pages(): LaunchedPage[]
  newPage(): Promise<LaunchedPage>
  close(): Promise<void>
}

/**
 * A headless Chromium with a fresh profile, its first page, and `close()`, which also removes the profile.
 *
 * @example
 * let browser: TestBrowser<BrowserContext>
 */
export interface TestBrowser<C extends LaunchedContext> {
  readonly context: C
  readonly page: Awaited<ReturnType<C['newPage']>>
  close(): Promise<void>
}

/**
 * Launches Debian's Chromium headless with a fresh profile. `chromium` is playwright-core's (each package that
 * runs browser tests depends on playwright-core; the root does not).
 *
 * @example
 * import { chromium } from 'playwright-core'
 * const browser = await launchChromium(chromium, { width: 390, height: 760 })
 * await browser.page.goto(server.url)
 * await browser.close()
 */
export declare function launchChromium<C extends LaunchedContext>(
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: {
        executablePath: string
        headless: boolean
        viewport: { width: number; height: number }
        args: string[]
      },
    ): Promise<C>
  },
  viewport: { width: number; height: number },
): Promise<TestBrowser<C>>
