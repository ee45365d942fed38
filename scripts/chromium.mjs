// Debian's Chromium for the browser tests (the demo's, the docs site's), launched with the flags this machine
// needs. Never a downloaded browser: `apt-get install chromium` (.ci/run installs it) or $CHROMIUM_PATH.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** @type {import('./chromium.d.mts').chromiumPath} */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** @type {import('./chromium.d.mts').hasChromium} */
export const hasChromium = existsSync(chromiumPath)

/** @type {import('./chromium.d.mts').launchChromium} */
export async function launchChromium(chromium, viewport) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mp-privacy-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    // No sandbox as root; no background networking, which the closed network would refuse.
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
