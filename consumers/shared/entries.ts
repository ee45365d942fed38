// Copied into each consumer app's test/ by scripts/consumer-check.mjs, with entries.json next to it.
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import list from './entries.json'

/** Every entry point users import (the framework adapters are added per app), with one export each must have. */
export const entries: Record<string, string> = list

/** One test per entry point: it loads through `import` (ESM) and `require` (CJS) and has its export. */
export function testEntries(entryList: Record<string, string>, environment: string): void {
  const require = createRequire(import.meta.url)
  for (const [entry, name] of Object.entries(entryList)) {
    test(`${entry} loads as ESM and CJS under ${environment}`, async () => {
      const esm = (await import(entry)) as Record<string, unknown>
      expect(typeof esm[name]).not.toBe('undefined')
      const cjs = require(entry) as Record<string, unknown>
      expect(typeof cjs[name]).not.toBe('undefined')
    })
  }
}
