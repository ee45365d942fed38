// Node 20, no test runner: every entry point of the installed packages loads as ESM and as CJS.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// scripts/consumer-check.mjs copies consumers/shared/entries.json here.
const entries = {
  ...JSON.parse(readFileSync(new URL('./entries.json', import.meta.url), 'utf8')),
  '@mp-privacy/vue': 'usePrivacy',
  // Installed here only: the server-side client.
  '@mp-privacy/openapi': 'createPrivacyApi',
}
let failed = 0
for (const [entry, name] of Object.entries(entries)) {
  for (const [how, load] of [
    ['import', (e) => import(e)],
    ['require', async (e) => require(e)],
  ]) {
    try {
      const mod = await load(entry)
      if (typeof mod[name] === 'undefined') throw new Error(`no export ${name}`)
      console.log(`ok ${how} ${entry}`)
    } catch (error) {
      failed += 1
      console.log(`FAIL ${how} ${entry}: ${error.message}`)
    }
  }
}
process.exit(failed === 0 ? 0 : 1)
