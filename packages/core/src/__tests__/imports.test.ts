import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import { build } from 'esbuild'
import { expect, test } from 'vitest'

const entry = (name: string) => fileURLToPath(new URL(`../${name}.ts`, import.meta.url))

async function bundle(name: string, { nodeEnv = 'production', minify = false } = {}) {
  const result = await build({
    minify,
    entryPoints: [entry(name)],
    bundle: true,
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
  })
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) }
}

test('the core imports neither react nor vue', async () => {
  for (const name of ['index', 'catalog']) {
    const { inputs } = await bundle(name)
    expect(inputs.some((path) => path.includes('node_modules'))).toBe(name === 'index')
    expect(inputs.filter((path) => /\/(react|react-dom|vue|@vue|@tarojs|@dcloudio)\//.test(path))).toEqual([])
  }
})

test('importing the core touches no host global (wx, uni, Taro, window, getApp…)', async () => {
  const hostGlobals = [
    'wx',
    'uni',
    'my',
    'tt',
    'qq',
    'swan',
    'Taro',
    'window',
    'document',
    'getApp',
    'getCurrentPages',
  ]
  for (const name of ['index', 'catalog']) {
    const read: string[] = []
    const context = vm.createContext({})
    for (const key of hostGlobals) {
      Object.defineProperty(context, key, {
        get: () => {
          read.push(key)
          return undefined
        },
      })
    }
    const { code } = await bundle(name)
    vm.runInContext(code, context)
    expect(read).toEqual([])
  }
})

test('a release build carries no development warning (the bundler writes NODE_ENV, the minifier drops them)', async () => {
  const warnings = [/no page shows a prompt/, /WeChat recorded no consent/]
  const release = await bundle('index', { minify: true })
  const development = await bundle('index', { nodeEnv: 'development', minify: true })
  for (const warning of warnings) {
    expect(release.code).not.toMatch(warning)
    expect(development.code).toMatch(warning)
  }
  expect(release.code.length).toBeLessThan(development.code.length - 500)
})
