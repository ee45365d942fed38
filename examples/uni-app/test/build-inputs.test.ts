// @vitest-environment node
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'
import { buildInputs } from './build-inputs'
import { appRoot } from './output'

test('the build is redone when the app or the workspace packages it bundles change, tests excepted', () => {
  const inputs = buildInputs().map((file) => relative(join(appRoot, '..', '..'), file))
  expect(inputs).toEqual(
    expect.arrayContaining([
      'examples/uni-app/package.json',
      'examples/uni-app/vite.config.ts',
      'examples/uni-app/src/pages.json',
      'examples/uni-app/src/pages/index/index.vue',
      'packages/vue/package.json',
      'packages/vue/src/components/PrivacyGuard.vue',
      'packages/vue/src/usePrivacyPrompt.ts',
      'packages/core/package.json',
      'packages/core/src/client.ts',
    ]),
  )
  // Test tools and test files never reach the bundle.
  expect(inputs.filter((file) => /simulator|__tests__|\.test\./.test(file))).toEqual([])
})
