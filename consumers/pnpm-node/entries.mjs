// Node 20, no test runner: every entry point of the installed packages loads as ESM and as CJS.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const entries = {
  '@mp-privacy/core': 'createPrivacyClient',
  '@mp-privacy/core/catalog': 'privacyKeys',
  '@mp-privacy/core/ui': 'defaultTexts',
  '@mp-privacy/vue': 'usePrivacy',
  '@mp-privacy/simulator': 'createWechatSimulator',
  '@mp-privacy/simulator/harness': 'loadMiniProgram',
  '@mp-privacy/simulator/taro': 'installTaro',
  '@mp-privacy/audit': 'audit',
  '@mp-privacy/audit/taro': 'default',
  '@mp-privacy/audit/vite': 'default',
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
