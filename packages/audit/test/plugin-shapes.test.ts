import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import mpPrivacyAuditTaro, { type TaroPluginContext } from '../src/taro'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))

let printed: string[]
beforeEach(() => {
  printed = []
  const capture = (...args: unknown[]) => {
    printed.push(args.join(' '))
  }
  vi.spyOn(console, 'warn').mockImplementation(capture)
  vi.spyOn(console, 'error').mockImplementation(capture)
  vi.spyOn(console, 'log').mockImplementation(capture)
})
afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

/** A `taro build --watch` of the app in `fixtures/<name>` (output in `output/`), finished once. */
async function taroWatchBuild(name: string): Promise<void> {
  let finish: Parameters<TaroPluginContext['onBuildFinish']>[0] | undefined
  const appPath = join(fixtures, name)
  const ctx: TaroPluginContext = {
    paths: { appPath, outputPath: join(appPath, 'output') },
    runOpts: { options: { platform: 'weapp', isWatch: true } },
    onBuildFinish: (listener) => {
      finish = listener
    },
  }
  mpPrivacyAuditTaro(ctx, { lang: 'en' })
  await finish?.({ isWatch: true })
}

describe('@mp-privacy/audit/taro in development builds', () => {
  it("Taro's prebundled output is audited like a production build: nothing to report", async () => {
    await taroWatchBuild('taro-prebundle')
    expect(printed).toEqual(['mp-privacy-audit: no findings'])
  })

  it('a build whose shape it does not know: says so, and calls no declared type unused', async () => {
    await taroWatchBuild('taro-unknown')
    const report = printed.join('\n')
    expect(report).toContain('[unrecognised-build] Build output not recognised')
    expect(report).not.toContain('unused-privacy-type')
    expect(process.exitCode).toBeUndefined()
  })
})
