import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { merge, stripJsonComments } from '../guide-check.mjs'
import { codeShape, guideSteps, unmarkedBlocks } from '../guide-steps.mjs'
import { repoRoot } from '../tasks.mjs'

type Action = ReturnType<typeof guideSteps>[number]['actions'][number]
const folder = mkdtempSync(join(tmpdir(), 'guide-steps-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function page(markdown: string) {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.md`)
  writeFileSync(file, markdown)
  return file
}
const describeAction = (action: Action) =>
  action.kind === 'command'
    ? `$ ${action.command}${action.only ? ` [${action.only}]` : ''}`
    : `${action.action} ${action.path}${action.from ? ` from ${action.from}` : ''}${action.only ? ` [${action.only}]` : ''}`
const outline = (file: string) =>
  guideSteps(file).map((step) => [step.title, step.actions.map(describeAction)])

describe('a guide page read as the steps a reader follows', () => {
  test('each block says its file and what to do with it, in Chinese or English; commands are one a line', () => {
    const file = page(
      [
        '## 1. 安装',
        '```sh',
        'npm i @mp-privacy/react',
        '```',
        '## 2. Files',
        '```ts',
        '// src/privacy.ts（新建）',
        'export const x = 1',
        '```',
        '```tsx',
        '// src/app.tsx (renamed from src/app.ts, replace its content)',
        '```',
        '```vue',
        '<!-- src/pages/index/index.vue（替换） -->',
        '```',
        '```jsonc',
        '// src/pages.json（合并到已有内容）',
        '{ "pages": [] }',
        '```',
        '```ts',
        '// vitest.config.mts (new file)',
        '```',
      ].join('\n'),
    )
    expect(outline(file)).toEqual([
      ['1. 安装', ['$ npm i @mp-privacy/react']],
      [
        '2. Files',
        [
          'create src/privacy.ts',
          'rename src/app.tsx from src/app.ts',
          'replace src/pages/index/index.vue',
          'merge src/pages.json',
          'create vitest.config.mts',
        ],
      ],
    ])
    expect(unmarkedBlocks(file)).toEqual([])
  })

  test('code-group tabs, `# Taro` comments and the guide-check directive limit a block to one framework', () => {
    const file = page(
      [
        '## Run',
        '::: code-group',
        '```ts [Taro]',
        '// test/root.ts（新建）',
        '```',
        '```ts [uni-app]',
        '// test/root.ts（新建）',
        '```',
        ':::',
        '```sh',
        'npm run build:weapp      # Taro',
        'npm run build:mp-weixin  # uni-app',
        'npx vitest run',
        '```',
        '<!-- guide-check: taro -->',
        '```ts',
        '// src/services/paste.ts（新建）',
        '```',
      ].join('\n'),
    )
    expect(outline(file)).toEqual([
      [
        'Run',
        [
          'create test/root.ts [taro]',
          'create test/root.ts [uni-app]',
          '$ npm run build:weapp [taro]',
          '$ npm run build:mp-weixin [uni-app]',
          '$ npx vitest run',
          'create src/services/paste.ts [taro]',
        ],
      ],
    ])
  })

  test('a block a reader would copy without a file and action is reported, not silently skipped', () => {
    const file = page(['## A', '```tsx', 'export default function Page() {}', '```'].join('\n'))
    expect(guideSteps(file)).toEqual([])
    expect(unmarkedBlocks(file)).toEqual([2])
  })

  test("the audit page's privacy.json block lands in the project root", () => {
    const file = page(['```json', '{ "setting_list": [] }', '```'].join('\n'))
    expect(outline(file)).toEqual([['(intro)', ['create privacy.json']]])
  })

  test('an English twin matches when only comments and test names differ, and not when code does', () => {
    const zh = page(
      ['```ts', '// test/a.test.ts（新建）', "test('中文', () => {}) // 注释", '```'].join('\n'),
    )
    const en = page(
      ['```ts', '// test/a.test.ts (new file)', "test('English', () => {}) // a comment", '```'].join('\n'),
    )
    const other = page(
      ['```ts', '// test/a.test.ts (new file)', "test('English', () => 1)", '```'].join('\n'),
    )
    const shape = (file: string) => codeShape(guideSteps(file).flatMap((step) => step.actions))
    expect(shape(en)).toEqual(shape(zh))
    expect(shape(other)).not.toEqual(shape(zh))
  })
})

describe("the repository's guides", () => {
  const pages = ['taro.md', 'uni-app.md', 'testing.md', 'audit.md']

  test.each(pages)(
    '%s: every block names its file and action, and the English twin has the same blocks',
    (name) => {
      const zh = join(repoRoot, 'docs', 'guide', name)
      const en = join(repoRoot, 'docs', 'en', 'guide', name)
      expect(unmarkedBlocks(zh)).toEqual([])
      expect(unmarkedBlocks(en)).toEqual([])
      const shape = (file: string) => codeShape(guideSteps(file).flatMap((step) => step.actions))
      expect(shape(en)).toEqual(shape(zh))
    },
  )

  test('the Taro guide creates a page before the step that registers it', () => {
    const steps = guideSteps(join(repoRoot, 'docs', 'guide', 'taro.md'))
    const created = new Set<string>()
    for (const step of steps) {
      for (const action of step.actions) {
        if (action.kind !== 'file') continue
        if (action.path === 'src/app.config.ts') {
          for (const [, route] of action.code.matchAll(/'(pages\/[\w/]+)'/g))
            if (route !== 'pages/index/index') expect(created, `${route} in ${step.title}`).toContain(route)
        }
        created.add(action.path.replace(/^src\//, '').replace(/\.\w+$/, ''))
      }
    }
  })
})

describe('"merge into the file"', () => {
  test('adds keys, merges objects key by key, appends to arrays what they lack, keeps the rest', () => {
    const manifest = {
      name: 'app',
      'mp-weixin': { appid: 'x', setting: { urlCheck: false } },
      pages: [{ path: 'a' }],
    }
    expect(
      merge(manifest, {
        'mp-weixin': { requiredPrivateInfos: ['getLocation'] },
        pages: [{ path: 'a' }, { path: 'b' }],
      }),
    ).toEqual({
      name: 'app',
      'mp-weixin': { appid: 'x', setting: { urlCheck: false }, requiredPrivateInfos: ['getLocation'] },
      pages: [{ path: 'a' }, { path: 'b' }],
    })
  })

  test("reads JSON with comments, as uni-app's pages.json and manifest.json allow", () => {
    expect(JSON.parse(stripJsonComments('// src/pages.json\n{ /* pages */ "pages": [] }'))).toEqual({
      pages: [],
    })
  })
})
