// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { weappDir } from './paths'

test('the weapp bundle has no simulator: platform.ts loads the demo only when TARO_ENV is h5', () => {
  const scripts = readdirSync(weappDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  )
  expect(scripts).toContain('app.js')
  // An errMsg only the simulator writes (H26); WeChat's own comes from the base library, not the bundle.
  const offenders = scripts.filter((file) =>
    readFileSync(join(weappDir, file), 'utf8').includes('can only be invoked by user TAP gesture'),
  )
  expect(offenders).toEqual([])
})
