import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { budgets, measure } from '../../../../scripts/size.mjs'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const core = budgets.filter(([label]) => label.startsWith('@mp-privacy/core'))

test('every core entry point has a budget', () => {
  expect(core.map(([, entry]) => entry)).toEqual(
    expect.arrayContaining([
      'packages/core/src/index.ts',
      'packages/core/src/catalog.ts',
      'packages/core/src/ui.ts',
      'packages/core/src/taro-plugin.ts',
    ]),
  )
})

test.each(core)('%s stays within its size budget (min+gzip)', async (_label, entry, external, budget) => {
  const { gzip } = await measure(root + entry, [...external])
  expect(budget).not.toBeNull()
  expect(gzip).toBeLessThanOrEqual(budget ?? 0)
})
