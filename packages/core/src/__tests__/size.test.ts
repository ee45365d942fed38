import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { measure } from '../../../../scripts/size.mjs'

const entry = (name: string) => fileURLToPath(new URL(`../${name}.ts`, import.meta.url))

test('the main entry stays within 3 kB min+gzip without zustand and immer', async () => {
  const { gzip } = await measure(entry('index'), ['zustand', 'zustand/*', 'immer'])
  expect(gzip).toBeLessThanOrEqual(3 * 1024)
})

test('the main entry with zustand and immer bundled stays within 8 kB min+gzip', async () => {
  const { gzip } = await measure(entry('index'))
  expect(gzip).toBeLessThanOrEqual(8 * 1024)
})
