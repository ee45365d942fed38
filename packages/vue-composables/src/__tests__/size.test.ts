// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { measure } from '../../../../scripts/size.mjs'

test('the composables entry stays within 1.5 kB min+gzip without @mp-privacy/core and vue', async () => {
  const entry = fileURLToPath(new URL('../index.ts', import.meta.url))
  const { gzip } = await measure(entry, ['vue', '@mp-privacy/core', '@mp-privacy/core/*'])
  expect(gzip).toBeLessThanOrEqual(1536)
})
