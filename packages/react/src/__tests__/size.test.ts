// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { budgets, measure } from '../../../../scripts/size.mjs'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const react = budgets.filter(([label]) => label.startsWith('@mp-privacy/react'))

test('the entry has a budget', () => {
  expect(react.map(([, entry]) => entry)).toEqual(['packages/react/src/index.ts'])
})

// A guard (scripts/size.mjs), not a goal: what users pay is measured by `pnpm test:consumer`.
test.each(react)('%s stays within its guard (min+gzip)', async (_label, entry, external, budget) => {
  const { gzip } = await measure(root + entry, [...external])
  expect(budget).not.toBeNull()
  expect(gzip).toBeLessThanOrEqual(budget ?? 0)
})
