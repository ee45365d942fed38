import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outputDir, repoRoot } from '../../../scripts/tasks.mjs'
import mpPrivacyAuditTaro, { type TaroPluginContext } from '../src/taro'
import mpPrivacyAuditVite from '../src/vite'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))
const taroApp = join(fixtures, 'taro')

let printed: string[]
let nodeEnv: string | undefined
beforeEach(() => {
  printed = []
  nodeEnv = process.env.NODE_ENV
  const capture = (...args: unknown[]) => {
    printed.push(args.join(' '))
  }
  vi.spyOn(console, 'warn').mockImplementation(capture)
  vi.spyOn(console, 'error').mockImplementation(capture)
  vi.spyOn(console, 'log').mockImplementation(capture)
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env.NODE_ENV = nodeEnv
  process.exitCode = undefined
  vi.unstubAllEnvs()
})

/** A small Douyin or Alipay build of our own whose app.json does not switch the privacy check on. */
function privacyCheckOff(template: '.ttml' | '.axml', host: 'tt' | 'my'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-privacy-plugin-'))
  const files = {
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    [`pages/index/index${template}`]: '<view>附近门店</view>',
    'pages/index/index.js': `Page({ locate() { ${host}.getLocation({ success() {} }) } })`,
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Taro's side of a build: registers the plugin, then finishes a build as `taro build` does. */
function taroBuild(
  options: Parameters<typeof mpPrivacyAuditTaro>[1],
  build: { isWatch: boolean; platform?: string; error?: unknown; appPath?: string; outputPath?: string },
) {
  let finish: Parameters<TaroPluginContext['onBuildFinish']>[0] | undefined
  const ctx: TaroPluginContext = {
    paths: { appPath: build.appPath ?? taroApp, outputPath: build.outputPath ?? join(taroApp, 'output') },
    runOpts: { options: { platform: build.platform ?? 'weapp', isWatch: build.isWatch } },
    onBuildFinish: (listener) => {
      finish = listener
    },
  }
  mpPrivacyAuditTaro(ctx, options)
  return finish?.({ error: build.error, isWatch: build.isWatch })
}

describe('@mp-privacy/audit/taro', () => {
  it('fails a production build on errors: prints the report and sets exit code 1', async () => {
    process.env.NODE_ENV = 'production'
    await taroBuild({}, { isWatch: false })
    expect(process.exitCode).toBe(1)
    expect(printed.join('\n')).toContain('PhoneNumber（手机号码）未在隐私保护指引中声明')
    expect(printed.at(-1)).toBe('mp-privacy-audit：发现 1 个隐私配置错误，构建失败（见上方报告）。')
  })

  it('only warns in development (--watch)', async () => {
    process.env.NODE_ENV = 'development'
    await taroBuild({ lang: 'en' }, { isWatch: true })
    expect(process.exitCode).toBeUndefined()
    expect(printed.join('\n')).toContain('PhoneNumber (Mobile phone number) is not declared')
  })

  it('passes a production build whose declaration covers every type in use', async () => {
    process.env.NODE_ENV = 'production'
    const keys = ['Location', 'Camera', 'UserInfo', 'Album', 'PhoneNumber']
    await taroBuild(
      { privacy: { setting_list: keys.map((key) => ({ privacy_key: key, privacy_text: '用途' })) } },
      { isWatch: false },
    )
    expect(process.exitCode).toBeUndefined()
    expect(printed).toEqual(['mp-privacy-audit：未发现问题'])
  })

  // Built by test/global-setup.ts: the Taro example for Douyin and Alipay, with this plugin in its config.
  it.each(['tt', 'alipay'])(
    'audits a %s build too (the example’s: usePrivacyCheck on, so no findings)',
    async (platform) => {
      process.env.NODE_ENV = 'production'
      await taroBuild(
        {},
        {
          isWatch: false,
          platform,
          appPath: join(repoRoot, 'examples/taro-app'),
          outputPath: outputDir(`taro-app:${platform}`),
        },
      )
      expect(printed).toEqual(['mp-privacy-audit：未发现问题'])
      expect(process.exitCode).toBeUndefined()
    },
  )

  it('on Douyin, only the rules that apply there run: no undeclared type without a privacy.json, the privacy check switch is', async () => {
    process.env.NODE_ENV = 'production'
    const dir = privacyCheckOff('.ttml', 'tt')
    vi.stubEnv('TARO_ENV', 'tt')
    let finish: Parameters<TaroPluginContext['onBuildFinish']>[0] | undefined
    // Taro's context without runOpts: the platform comes from TARO_ENV.
    mpPrivacyAuditTaro(
      { paths: { appPath: dir, outputPath: dir }, onBuildFinish: (listener) => (finish = listener) },
      { lang: 'en', privacy: { setting_list: [] } },
    )
    await finish?.({ isWatch: false })
    const report = printed.join('\n')
    expect(report).toContain('[privacy-check-off]')
    expect(report).toContain('Platform: Douyin')
    expect(report).not.toContain('[undeclared-privacy-type]')
    expect(process.exitCode).toBeUndefined()
  })

  it('skips H5 builds and builds that already failed', async () => {
    process.env.NODE_ENV = 'production'
    await taroBuild({}, { isWatch: false, platform: 'h5' })
    await taroBuild({}, { isWatch: false, error: new Error('webpack failed') })
    expect(printed).toEqual([])
    expect(process.exitCode).toBeUndefined()
  })
})

describe('@mp-privacy/audit/vite', () => {
  function viteBuild(isProduction: boolean, options: Parameters<typeof mpPrivacyAuditVite>[0] = {}) {
    const plugin = mpPrivacyAuditVite(options)
    plugin.configResolved({ root: join(fixtures, 'uni-app'), isProduction, build: { outDir: 'mp-weixin' } })
    return () => plugin.closeBundle()
  }

  it('is a build-only plugin that runs after the others', () => {
    expect(mpPrivacyAuditVite()).toMatchObject({ name: 'mp-privacy-audit', apply: 'build', enforce: 'post' })
  })

  it('fails a production build on errors, after printing the report', () => {
    expect(viteBuild(true)).toThrow('mp-privacy-audit：发现 1 个隐私配置错误，构建失败（见上方报告）。')
    expect(printed.join('\n')).toContain('getLocation 未在 app.json 的 requiredPrivateInfos 中声明')
  })

  it.each([
    ['mp-toutiao', '.ttml', 'tt', 'Platform: Douyin'],
    ['mp-alipay', '.axml', 'my', 'Platform: Alipay'],
  ] as const)('audits %s output too, with the rules that apply there', (platform, template, host, named) => {
    const dir = privacyCheckOff(template, host)
    vi.stubEnv('UNI_PLATFORM', platform)
    vi.stubEnv('UNI_OUTPUT_DIR', dir)
    const plugin = mpPrivacyAuditVite({ lang: 'en', privacy: { setting_list: [] }, failOnError: true })
    plugin.configResolved({ root: dir, isProduction: true, build: { outDir: 'dist' } })
    expect(() => plugin.closeBundle()).not.toThrow()
    const report = printed.join('\n')
    expect(report).toContain('[privacy-check-off]')
    expect(report).toContain(named)
    expect(report).not.toContain('[undeclared-privacy-type]')
  })

  it('skips the H5 and app builds', () => {
    vi.stubEnv('UNI_PLATFORM', 'h5')
    const plugin = mpPrivacyAuditVite()
    plugin.configResolved({
      root: join(fixtures, 'uni-app'),
      isProduction: true,
      build: { outDir: 'mp-weixin' },
    })
    expect(() => plugin.closeBundle()).not.toThrow()
    expect(printed).toEqual([])
  })

  it('only warns in development, and failOnError overrides the mode', () => {
    expect(viteBuild(false, { lang: 'en' })).not.toThrow()
    expect(printed.join('\n')).toContain('getLocation is not listed in app.json requiredPrivateInfos')
    expect(viteBuild(false, { failOnError: true })).toThrow(/构建失败/)
    expect(viteBuild(true, { failOnError: false })).not.toThrow()
  })
})
