import { createRequire } from 'node:module'
import { expect, test } from 'vitest'

/** Every entry point users import, with one export each must have. */
export const entries: Record<string, string> = {
  '@mp-privacy/core': 'createPrivacyClient',
  '@mp-privacy/core/catalog': 'privacyKeys',
  '@mp-privacy/core/ui': 'defaultTexts',
  '@mp-privacy/simulator': 'createWechatSimulator',
  '@mp-privacy/simulator/harness': 'loadMiniProgram',
  '@mp-privacy/simulator/taro': 'installTaro',
  '@mp-privacy/audit': 'audit',
  '@mp-privacy/audit/taro': 'default',
  '@mp-privacy/audit/vite': 'default',
}

/** One test per entry point: it loads through `import` (ESM) and `require` (CJS) and has its export. */
export function testEntries(list: Record<string, string>, environment: string): void {
  const require = createRequire(import.meta.url)
  for (const [entry, name] of Object.entries(list)) {
    test(`${entry} loads as ESM and CJS under ${environment}`, async () => {
      const esm = (await import(entry)) as Record<string, unknown>
      expect(typeof esm[name]).not.toBe('undefined')
      const cjs = require(entry) as Record<string, unknown>
      expect(typeof cjs[name]).not.toBe('undefined')
    })
  }
}
