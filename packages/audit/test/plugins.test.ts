import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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
})

/** Taro's side of a build: registers the plugin, then finishes a build as `taro build` does. */
function taroBuild(
  options: Parameters<typeof mpPrivacyAuditTaro>[1],
  build: { isWatch: boolean; platform?: string; error?: unknown },
) {
  let finish: Parameters<TaroPluginContext['onBuildFinish']>[0] | undefined
  const ctx: TaroPluginContext = {
    paths: { appPath: taroApp, outputPath: join(taroApp, 'output') },
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

  it('only warns in development, and failOnError overrides the mode', () => {
    expect(viteBuild(false, { lang: 'en' })).not.toThrow()
    expect(printed.join('\n')).toContain('getLocation is not listed in app.json requiredPrivateInfos')
    expect(viteBuild(false, { failOnError: true })).toThrow(/构建失败/)
    expect(viteBuild(true, { failOnError: false })).not.toThrow()
  })
})
