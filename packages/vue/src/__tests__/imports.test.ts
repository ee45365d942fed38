// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { expect, test } from 'vitest'

async function bundle(entry: string, external: string[]) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    conditions: ['@mp-privacy/source'],
    external,
  })
  const inputs = Object.keys(result.metafile.inputs)
  const imports = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.map((i) => i.path),
  )
  return { inputs, imports: [...new Set(imports)].sort() }
}

test('the composables entry bundles no .vue file and imports neither uni-app nor Taro', async () => {
  const { inputs, imports } = await bundle('../index.ts', ['vue', '@mp-privacy/core', '@mp-privacy/core/ui'])
  expect(inputs.filter((path) => path.endsWith('.vue'))).toEqual([])
  expect(inputs.every((path) => path.startsWith('src/') || path.includes('vue/src/'))).toBe(true)
  expect(imports).toEqual(['@mp-privacy/core', '@mp-privacy/core/ui', 'vue'])
})

test.each([
  ['../uni.ts', '@dcloudio/uni-app'],
  ['../taro.ts', '@tarojs/taro'],
])('%s imports its framework and nothing else', async (entry, framework) => {
  const { inputs, imports } = await bundle(entry, [
    'vue',
    '@mp-privacy/core',
    '@dcloudio/uni-app',
    '@tarojs/taro',
  ])
  expect(imports).toEqual([framework])
  expect(inputs).toEqual([expect.stringMatching(/src\/(uni|taro)\.ts$/)])
})

test("the components import the library through the package's own entry, as the app does: one copy in its bundle", () => {
  const dir = fileURLToPath(new URL('../components/', import.meta.url))
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.vue'))) {
    const source = readFileSync(join(dir, file), 'utf8')
    const specifiers = [...source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1])
    expect(specifiers.length, file).toBeGreaterThan(0)
    for (const specifier of specifiers) {
      expect(specifier, file).toMatch(/^(vue|@mp-privacy\/vue|@mp-privacy\/core\/ui|\.\/\w+\.vue)$/)
    }
  }
})
