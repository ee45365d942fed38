// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { expect, test } from 'vitest'

test('the composables entry bundles no .vue file and imports neither uni-app nor Taro', async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    conditions: ['@mp-privacy/source'],
    external: ['vue', '@mp-privacy/core', '@mp-privacy/core/ui'],
  })
  const inputs = Object.keys(result.metafile.inputs)
  const imports = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.map((i) => i.path),
  )
  expect(inputs.filter((path) => path.endsWith('.vue'))).toEqual([])
  expect(inputs.every((path) => path.startsWith('src/') || path.includes('vue-composables/src/'))).toBe(true)
  expect([...new Set(imports)].sort()).toEqual(['@mp-privacy/core', '@mp-privacy/core/ui', 'vue'])
})
