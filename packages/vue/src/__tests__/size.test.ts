// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { budgets, measure } from '../../../../scripts/size.mjs'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const vue = budgets.filter(([label]) => label.startsWith('@mp-privacy/vue'))

test('every entry point has a budget', () => {
  expect(vue.map(([, entry]) => entry).sort()).toEqual([
    'packages/vue/src/index.ts',
    'packages/vue/src/taro.ts',
    'packages/vue/src/uni.ts',
  ])
})

// Guards (scripts/size.mjs), not goals: what users pay is measured by `pnpm test:consumer`.
test.each(vue)('%s stays within its guard (min+gzip)', async (_label, entry, external, budget) => {
  const { gzip } = await measure(root + entry, [...external])
  expect(budget).not.toBeNull()
  expect(gzip).toBeLessThanOrEqual(budget ?? 0)
})
