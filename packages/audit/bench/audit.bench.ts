import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bench, describe } from 'vitest'
import { audit } from '../src/index'

// Timings live here, never in tests: `pnpm bench` at the repository root. The examples are built by the audit
// project's global setup (or `pnpm build:weapp` / `pnpm build:mp-weixin`).

const examples = fileURLToPath(new URL('../../../examples', import.meta.url))

describe('audit a compiled example (read files, parse every JS file, check)', () => {
  bench('Taro 4 weapp: examples/taro-app/dist', () => {
    audit({ dir: join(examples, 'taro-app', 'dist') })
  })
  bench('uni-app mp-weixin: examples/uni-app/dist/build/mp-weixin', () => {
    audit({ dir: join(examples, 'uni-app', 'dist', 'build', 'mp-weixin') })
  })
})
