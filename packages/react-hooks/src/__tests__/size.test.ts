// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { measure } from '../../../../scripts/size.mjs'

const external = ['react', 'react/*', '@tarojs/*', '@mp-privacy/core', '@mp-privacy/core/*']

test('the entry stays within 1.75 kB min+gzip without core, React and Taro', async () => {
  const { gzip } = await measure(fileURLToPath(new URL('../index.ts', import.meta.url)), external)
  expect(gzip).toBeLessThanOrEqual(1.75 * 1024)
})
