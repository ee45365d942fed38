import { spawn } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createTaskRunner, inputFiles, repoRoot, type Task, tasks } from '../tasks.mjs'

describe("the repository's build tasks", () => {
  const inputs = (id: string) => inputFiles(id).map((file) => relative(repoRoot, file))

  test('each depends only on tasks that exist (deps and tools), without a cycle', () => {
    const visit = (id: string, path: string[]): void => {
      expect(tasks[id], `${[...path, id].join(' → ')}`).toBeDefined()
      expect(path, `cycle: ${[...path, id].join(' → ')}`).not.toContain(id)
      for (const dep of [...(tasks[id]?.deps ?? []), ...(tasks[id]?.tools ?? [])]) visit(dep, [...path, id])
    }
    for (const id of Object.keys(tasks)) visit(id, [])
  })

  test('an app build covers the app and the sources of the workspace packages it bundles, tests excepted', () => {
    expect(inputs('uni-app:mp-weixin')).toEqual(
      expect.arrayContaining([
        'examples/uni-app/package.json',
        'examples/uni-app/vite.config.ts',
        'examples/uni-app/privacy.json',
        'examples/uni-app/src/pages.json',
        'examples/uni-app/src/pages/index/index.vue',
        'packages/vue/package.json',
        'packages/vue/src/components/PrivacyGuard.vue',
        'packages/vue/src/usePrivacyPrompt.ts',
        'packages/core/package.json',
        'packages/core/src/client.ts',
      ]),
    )
    expect(inputs('taro-app:weapp')).toEqual(
      expect.arrayContaining(['examples/taro-app/config/index.ts', 'packages/react/src/index.ts']),
    )
    // The audit bundles core's catalog into its plugins.
    expect(inputs('audit')).toEqual(
      expect.arrayContaining(['packages/audit/src/taro.ts', 'packages/core/src/catalog.ts']),
    )
    // Test tools (devDependencies) and test files never reach a bundle.
    for (const id of ['uni-app:mp-weixin', 'taro-vue-app:weapp', 'audit']) {
      expect(inputs(id).filter((file) => /simulator|__tests__|\.test(-d)?\./.test(file))).toEqual([])
    }
  })

  test('the docs site covers its pages and the packages it documents, not what its build writes', () => {
    const files = inputs('docs:site')
    expect(files).toEqual(
      expect.arrayContaining([
        'docs/index.md',
        'docs/en/index.md',
        'docs/.vitepress/config.ts',
        'packages/vue/src/index.ts',
      ]),
    )
    expect(
      files.filter((file) => /^docs\/(api|en\/api|public\/demo|\.vitepress\/(dist|cache)|test)\//.test(file)),
    ).toEqual([])
    expect(files).not.toContain('docs/en/host-behaviour.md')
  })
})

describe('ensureBuilt in a workspace', () => {
  let root: string
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const builds = (name: string) =>
    readFileSync(join(root, `${name}.log`), 'utf8')
      .split('\n')
      .filter(Boolean).length
  // A build that logs each run next to the workspace and writes its inputs and environment to out/.
  const builder = (name: string, delay = 0) => `
    const fs = require('node:fs')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${delay})
    fs.appendFileSync('../${name}.log', 'built\\n')
    if (fs.existsSync('fail')) { console.error('the build broke: fail exists'); process.exit(3) }
    fs.mkdirSync('out', { recursive: true })
    const env = { NODE_ENV: process.env.NODE_ENV ?? null, VITEST: process.env.VITEST ?? null, MODE: process.env.MODE ?? null }
    fs.writeFileSync('out/result.json', JSON.stringify({ src: fs.readFileSync('src/main.js', 'utf8'), env }))
  `
  const table: Record<string, Task> = {
    lib: {
      dir: 'lib',
      command: ['node', 'build.cjs'],
      inputs: ['src'],
      outputDir: 'out',
      outputs: ['out/result.json'],
      deps: [],
    },
    app: {
      dir: 'app',
      command: ['node', 'build.cjs'],
      inputs: ['package.json', 'src'],
      outputDir: 'out',
      outputs: ['out/result.json'],
      deps: ['lib'],
      tools: ['checker'],
      env: { MODE: 'production' },
    },
    // A plugin the app's build runs (like the audit): it checks, it does not change what the app writes.
    checker: {
      dir: 'checker',
      command: ['node', 'build.cjs'],
      inputs: ['src'],
      outputDir: 'out',
      outputs: ['out/result.json'],
    },
  }
  const runner = () => createTaskRunner({ root, tasks: table })

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mp-privacy-tasks-'))
    for (const name of ['lib', 'app', 'checker']) {
      write(`${name}/build.cjs`, builder(name))
      write(`${name}/src/main.js`, `export const name = '${name}'\n`)
    }
    write('lib/package.json', '{ "name": "lib", "version": "1.0.0" }')
    write('checker/package.json', '{ "name": "checker", "version": "1.0.0" }')
    // The app bundles the workspace package `shared` (a dependency); `tool` is a devDependency.
    write('packages/shared/package.json', '{ "name": "shared", "version": "0.0.0" }')
    write('packages/shared/src/index.js', 'export const shared = 1\n')
    write('packages/tool/package.json', '{ "name": "tool", "version": "0.0.0" }')
    write('packages/tool/src/index.js', 'export const tool = 1\n')
    write(
      'app/package.json',
      JSON.stringify({
        name: 'app',
        dependencies: { shared: 'workspace:*' },
        devDependencies: { tool: 'workspace:*' },
      }),
    )
    mkdirSync(join(root, 'app/node_modules'))
    symlinkSync('../../packages/shared', join(root, 'app/node_modules/shared'))
    symlinkSync('../../packages/tool', join(root, 'app/node_modules/tool'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  test('builds once, its deps and tools first, then skips while nothing it reads has changed', () => {
    expect(runner().ensureBuilt('app')).toEqual({ outputDir: join(root, 'app/out'), built: true })
    expect([builds('lib'), builds('checker'), builds('app')]).toEqual([1, 1, 1])
    // A new process (a new test run) finds the record.
    expect(runner().ensureBuilt('app').built).toBe(false)
    expect([builds('lib'), builds('checker'), builds('app')]).toEqual([1, 1, 1])
  })

  test.each([
    ['a source of the app', 'app/src/main.js'],
    ['its package.json', 'app/package.json'],
    ['a source of a workspace package it depends on', 'packages/shared/src/index.js'],
    ["a dependency task's input", 'lib/src/main.js'],
  ])('builds again after a change to %s', (_, path) => {
    runner().ensureBuilt('app')
    appendFileSync(join(root, path), '\n')
    expect(runner().ensureBuilt('app').built).toBe(true)
    expect(builds('app')).toBe(2)
  })

  test.each([
    ['a test file', 'app/src/main.test.js'],
    ['a test folder', 'app/src/__tests__/main.js'],
    ['a devDependency (a test tool)', 'packages/tool/src/index.js'],
    ['a tool task (rebuilt itself, first)', 'checker/src/main.js'],
  ])('does not build again for %s', (_, path) => {
    runner().ensureBuilt('app')
    write(path, 'changed\n')
    expect(runner().ensureBuilt('app').built).toBe(false)
  })

  test('builds again when the output is gone or was rebuilt outside ensureBuilt', () => {
    runner().ensureBuilt('app')
    rmSync(join(root, 'app/out'), { recursive: true })
    expect(runner().ensureBuilt('app').built).toBe(true)
    // A watch build by hand rewrites the output: what is there is no longer the recorded build.
    writeFileSync(join(root, 'app/out/result.json'), '{}')
    expect(runner().ensureBuilt('app').built).toBe(true)
    expect(builds('app')).toBe(3)
  })

  test("builds without Vitest's variables, with the task's env", () => {
    expect(process.env.VITEST).toBeDefined()
    runner().ensureBuilt('app')
    const { env } = JSON.parse(readFileSync(join(root, 'app/out/result.json'), 'utf8'))
    expect(env).toEqual({ NODE_ENV: null, VITEST: null, MODE: 'production' })
  })

  test('a failed build throws with its output and records nothing; force builds an unchanged task', () => {
    write('app/fail', '')
    expect(() => runner().ensureBuilt('app')).toThrow(
      /node build\.cjs \(build task app, in app\) failed:[\s\S]*fail exists/,
    )
    rmSync(join(root, 'app/fail'))
    expect(runner().ensureBuilt('app').built).toBe(true)
    expect(runner().ensureBuilt('app', { force: true }).built).toBe(true)
    expect([builds('lib'), builds('app')]).toEqual([1, 3])
  })

  test('names the tasks when asked for an unknown one', () => {
    expect(() => runner().ensureBuilt('ap')).toThrow('Unknown build task "ap". Tasks: lib, app, checker.')
  })

  test('two processes asking at once build once', async () => {
    write('lib/build.cjs', builder('lib', 800))
    const script = `
      import { createTaskRunner } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'scripts/tasks.mjs')).href)}
      const { built } = createTaskRunner({ root: ${JSON.stringify(root)}, tasks: ${JSON.stringify(table)} }).ensureBuilt('lib')
      console.log(built)
    `
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let out = ''
        child.stdout.on('data', (chunk) => {
          out += chunk
        })
        child.on('error', reject)
        child.on('exit', () => resolve(out.trim()))
      })
    expect((await Promise.all([run(), run()])).sort()).toEqual(['false', 'true'])
    expect(builds('lib')).toBe(1)
  })
})
