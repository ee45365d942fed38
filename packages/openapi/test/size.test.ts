import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { budgets, measure } from '../../../scripts/size.mjs'

const root = fileURLToPath(new URL('../../../', import.meta.url))

test('@mp-privacy/openapi stays within its size budget (min+gzip), with no dependency bundled in', async () => {
  const budget = budgets.find(([label]) => label === '@mp-privacy/openapi')
  expect(budget?.[1]).toBe('packages/openapi/src/index.ts')
  const { gzip } = await measure(`${root}packages/openapi/src/index.ts`, [])
  expect(gzip).toBeLessThanOrEqual(budget?.[3] ?? 0)
})
