import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createWechatSimulator } from '@mp-privacy/simulator'
import { loadMiniProgram } from '@mp-privacy/simulator/harness'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { appRoot } from './output'

// A small uni-app of its own (test/fixtures/late-mount), built with this example's uni toolchain: a page whose
// `v-if` shows a component that prints whether its `onMounted` ran and records its `onUnmounted`.
let outputDir: string

beforeAll(() => {
  outputDir = mkdtempSync(join(tmpdir(), 'mp-privacy-late-mount-'))
  // As `pnpm uni build` would run it: Vitest's NODE_ENV=test and VITEST_* change how uni builds.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  execFileSync(join(appRoot, 'node_modules', '.bin', 'uni'), ['build', '-p', 'mp-weixin'], {
    cwd: appRoot,
    env: {
      ...env,
      UNI_INPUT_DIR: join(appRoot, 'test', 'fixtures', 'late-mount', 'src'),
      UNI_OUTPUT_DIR: outputDir,
    },
    stdio: 'pipe',
  })
}, 120_000)

afterAll(() => {
  rmSync(outputDir, { recursive: true, force: true })
})

test('a component a v-if shows after the page rendered mounts (onMounted), and unmounts when hidden', async () => {
  const app = await loadMiniProgram({ root: outputDir, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')
  await app.waitFor(() => page.text('#first-note') === 'first: mounted')
  expect(page.exists('#later-note')).toBe(false)

  await page.tap('#toggle')
  await app.waitFor(() => page.text('#later-note') === 'later: mounted', {
    message: 'the v-if child never ran onMounted',
  })

  await page.tap('#toggle')
  await app.waitFor(() => !page.exists('#later-note'))
  await app.waitFor(() => page.text('#unmounted') === 'unmounted: later')

  await page.tap('#toggle')
  await app.waitFor(() => page.text('#later-note') === 'later: mounted')
  expect(page.text('#first-note')).toBe('first: mounted')
})
