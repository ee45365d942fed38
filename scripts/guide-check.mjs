// The quick-start guides, followed literally. For Taro React and for uni-app: a fresh copy of the framework's
// template (the consumer app as its generator wrote it, sharing the consumer check's installed node_modules
// through hard links), then every block of the guide in order — files created, replaced, renamed or merged as
// the block's first line says, its commands run — with a build after every step that changed a file; then the
// testing guide the same way (its install line, its config, its tests: `npx vitest run`), then the audit guide
// (its install line, its privacy.json, its command for the framework). A step that fails stops the run: the
// steps after it would fail for its reason. The English twins must have the same blocks and commands as the
// Chinese pages (comments aside), so they are followed by the same run. See scripts/guide-steps.mjs for the
// marks the guides use.
//
//   node scripts/guide-check.mjs [taro] [uni-app]   after `pnpm test:consumer` (or with its tarballs and
//                                                  installed apps in MP_PRIVACY_CONSUMER_DIR)
//
// scripts/consumer-check.mjs runs it (guideCheck) right after each consumer app's npm install; its checks and
// the guides' tests count in .ci/consumer-report.json.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createChecks, run } from './checks.mjs'
import { codeShape, guideSteps, unmarkedBlocks } from './guide-steps.mjs'

/** What each consumer app has that its framework's template has not (the consumer check's own test set-up). */
const frameworks = {
  taro: {
    consumer: 'taro-react',
    guide: 'taro.md',
    build: 'build:weapp',
    template: /^npx (?:-y )?@tarojs\/cli@(\S+) init [\w-]+$/,
    added: [
      'test',
      'overlay',
      'types-check.tsx',
      'vitest.config.ts',
      'tsconfig.strict.json',
      'tsconfig.node16.json',
      'tsconfig.bundler.json',
      'tsconfig.skiplibcheck.json',
    ],
    addedDevDependencies: ['vitest', 'jsdom', 'miniprogram-simulate'],
  },
  'uni-app': {
    consumer: 'uni-app',
    guide: 'uni-app.md',
    build: 'build:mp-weixin',
    template: /^npx (?:-y )?degit dcloudio\/uni-preset-vue#vite-ts [\w-]+$/,
    added: ['test', 'overlay', 'vitest.config.ts', 'tsconfig.bundler.json', 'tsconfig.skiplibcheck.json'],
    addedDevDependencies: ['vitest', 'jsdom', 'miniprogram-simulate'],
    // The consumer app's manifest declares location for its own pages; the template's does not.
    templateManifest: (manifest) => {
      delete manifest['mp-weixin'].requiredPrivateInfos
      delete manifest['mp-weixin'].permission
      return manifest
    },
  },
}

export const stripJsonComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** What "merge into the file" does: keys added (objects merged key by key), arrays appended to, others kept. */
export function merge(into, from) {
  if (Array.isArray(into) && Array.isArray(from)) {
    const seen = new Set(into.map((item) => JSON.stringify(item)))
    return [...into, ...from.filter((item) => !seen.has(JSON.stringify(item)))]
  }
  if (into && from && typeof into === 'object' && typeof from === 'object') {
    const out = { ...into }
    for (const [key, value] of Object.entries(from)) out[key] = key in out ? merge(out[key], value) : value
    return out
  }
  return from
}

/** The consumer app as its framework's template wrote it, with the installed node_modules (hard links). */
function freshTemplate(repo, work, framework) {
  const fw = frameworks[framework]
  const app = join(work, `guide-${fw.consumer}`)
  const installed = join(work, fw.consumer, 'node_modules')
  if (!existsSync(installed))
    throw new Error(`${installed} is missing: run the consumer check's npm install first`)
  rmSync(app, { recursive: true, force: true })
  const source = join(repo, 'consumers', fw.consumer)
  cpSync(source, app, {
    recursive: true,
    filter: (src) => {
      const path = relative(source, src).split(/[/\\]/)
      return !['node_modules', 'dist'].includes(path[0]) && !fw.added.includes(path.at(-1) ?? '')
    },
  })
  const pkgFile = join(app, 'package.json')
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'))
  for (const name of fw.addedDevDependencies) delete pkg.devDependencies[name]
  delete pkg.scripts.test
  delete pkg.scripts.typecheck
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`)
  if (fw.templateManifest) {
    const file = join(app, 'src', 'manifest.json')
    const manifest = fw.templateManifest(JSON.parse(stripJsonComments(readFileSync(file, 'utf8'))))
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
  }
  // Hard links: a second install of ≈ 500 MB costs minutes; npm replaces files rather than writing into them,
  // except the files below, which get copies of their own.
  execFileSync('cp', ['-al', installed, join(app, 'node_modules')])
  rmSync(join(app, 'node_modules', '.cache'), { recursive: true, force: true })
  for (const file of ['.package-lock.json']) {
    const path = join(app, 'node_modules', file)
    if (!existsSync(path)) continue
    const content = readFileSync(path)
    rmSync(path)
    writeFileSync(path, content)
  }
  return app
}

function applyFile(app, action) {
  const file = join(app, action.path)
  const where = `${action.path} (guide line ${action.line})`
  if (action.action === 'create' && existsSync(file))
    return `${where}: the block says "new file", but the file exists (the template has it, or an earlier step made it): say "replace"`
  if ((action.action === 'replace' || action.action === 'merge') && !existsSync(file))
    return `${where}: the block says "${action.action}", but there is no such file yet: say "new file", or create it in an earlier step`
  if (action.action === 'rename') {
    const from = join(app, action.from)
    if (!existsSync(from)) return `${where}: renamed from ${action.from}, which does not exist`
    if (existsSync(file)) return `${where}: renamed from ${action.from}, but ${action.path} exists already`
    rmSync(from)
  }
  mkdirSync(dirname(file), { recursive: true })
  if (action.action === 'merge') {
    const into = JSON.parse(stripJsonComments(readFileSync(file, 'utf8')))
    const from = JSON.parse(stripJsonComments(action.code))
    writeFileSync(file, `${JSON.stringify(merge(into, from), null, 2)}\n`)
  } else writeFileSync(file, action.code)
  return null
}

/** Whether another file of the app's src refers to `path` (an import, a registered page). */
function usedInApp(app, path) {
  const parts = path.replace(/\.\w+$/, '').split('/')
  const name = parts.at(-2) === 'src' ? `/${parts.at(-1)}` : parts.slice(-2).join('/')
  const pattern = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`)
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = join(dir, entry.name)
      if (entry.isDirectory()) return walk(file)
      return relative(app, file) !== path && pattern.test(readFileSync(file, 'utf8'))
    })
  return walk(join(app, 'src'))
}

/**
 * Runs one of the guides' commands the way the reader would in the template: `npm i` with the packed
 * `@mp-privacy/*` tarballs in place of the registry's, `npm run`, `npx vitest run` (its JSON report counted),
 * `npx mp-privacy-audit`. A command the check does not know fails the step: teach it here, or change the guide.
 */
function runCommand(app, action, context) {
  const { command } = action
  const fw = frameworks[context.framework]
  const template = fw.template.exec(command)
  if (template) {
    const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
    const cli = pkg.devDependencies?.['@tarojs/cli']
    return !template[1] || template[1] === cli
      ? { ok: true, output: '' }
      : {
          ok: false,
          output: `the guide makes the template with @tarojs/cli@${template[1]}; the checked one is ${cli}`,
        }
  }
  const install = /^npm (?:i|install)\s+(.+)$/.exec(command)
  if (install) {
    const args = install[1].split(/\s+/).map((arg) => {
      const ours = /^@mp-privacy\/([\w-]+)(?:@\S+)?$/.exec(arg)
      if (!ours) return arg
      const tgz = readdirSync(context.tarballs).find((f) => f.startsWith(`mp-privacy-${ours[1]}-`))
      if (!tgz) throw new Error(`no tarball for @mp-privacy/${ours[1]}`)
      return `file:${join(context.tarballs, tgz)}`
    })
    return run('npm', ['install', ...args, '--no-audit', '--no-fund'], app)
  }
  const script = /^npm run ([\w:-]+)$/.exec(command)
  if (script) return run('npm', ['run', script[1]], app)
  if (command === 'npx vitest run') {
    const { ok, detail } = context.vitest(app, 'guide')
    return { ok, output: detail }
  }
  const audit = /^npx mp-privacy-audit\s+(.+)$/.exec(command)
  if (audit) return run('npx', ['--no-install', 'mp-privacy-audit', ...audit[1].split(/\s+/)], app)
  return {
    ok: false,
    output: `the guide check does not know how to run "${command}" (line ${action.line}): teach scripts/guide-check.mjs, or change the guide`,
  }
}

/**
 * Follows the framework's guide, then the testing and audit guides, in a fresh template.
 *
 * @param {{ repo: string, work: string, tarballs: string, framework: 'taro' | 'uni-app',
 *   check: (name: string, fn: () => { ok: boolean, detail?: string, output?: string }) => boolean,
 *   vitest: (app: string, label: string) => { ok: boolean, detail: string } }} options (from createChecks)
 */
export function guideCheck({ repo, work, tarballs, framework, check, vitest }) {
  const fw = frameworks[framework]
  const label = `guide ${framework}`
  const pages = [`docs/guide/${fw.guide}`, 'docs/guide/testing.md', 'docs/guide/audit.md']
  check(`${label}: every block names its file and action; the English twins have the same blocks`, () => {
    const problems = []
    for (const page of pages) {
      for (const twin of [page, page.replace('docs/', 'docs/en/')]) {
        const lines = unmarkedBlocks(join(repo, twin))
        if (lines.length > 0)
          problems.push(
            `${twin}: the code blocks at lines ${lines.join(', ')} name no file and action (see scripts/guide-steps.mjs)`,
          )
      }
      const zh = codeShape(guideSteps(join(repo, page)).flatMap((step) => step.actions))
      const en = codeShape(
        guideSteps(join(repo, page.replace('docs/', 'docs/en/'))).flatMap((s) => s.actions),
      )
      const at = zh.findIndex((shape, i) => shape !== en[i])
      if (at >= 0 || zh.length !== en.length)
        problems.push(
          `${page}: block ${at + 1} differs\n--- zh\n${zh[at] ?? '(none)'}\n--- en\n${en[at] ?? '(none)'}`,
        )
    }
    return { ok: problems.length === 0, detail: problems.join('\n') }
  })
  let app = ''
  const fresh = () => {
    app = freshTemplate(repo, work, framework)
    return { ok: true }
  }
  if (!check(`${label}: a fresh ${fw.consumer} template`, fresh)) return false
  const context = { framework, tarballs, vitest }
  const buildCommand = `npm run ${fw.build}`
  // Whether the sources changed since the last build. A file a step only adds, which nothing uses yet, changes
  // no output (it is built by the step that uses it); nor do files outside the build (tests, tools' configs).
  let dirty = true
  let added = []
  const settle = () => {
    dirty ||= added.some((path) => usedInApp(app, path))
    added = []
  }
  const build = () => {
    settle()
    if (!dirty) return { ok: true, output: '(sources unchanged since the last build)' }
    const result = run('npm', ['run', fw.build], app)
    if (result.ok) dirty = false
    return result
  }
  for (const page of pages) {
    const audit = page.endsWith('audit.md')
    for (const step of guideSteps(join(repo, page))) {
      const actions = step.actions.filter(
        (action) =>
          (!action.only || action.only === framework) &&
          // The audit guide: its install line, privacy.json and the command for this framework's output.
          (!audit || action.kind === 'file' || /^npm i/.test(action.command) || action.only === framework),
      )
      if (actions.length === 0) continue
      const ok = check(`${label}: ${page} § ${step.title}`, () => {
        const log = []
        for (const action of actions) {
          if (action.kind === 'file') {
            const problem = applyFile(app, action)
            if (problem) return { ok: false, detail: problem }
            log.push(`${action.action} ${action.path}`)
            if (/^(src|config)\//.test(action.path)) {
              if (action.action === 'create') added.push(action.path)
              else dirty = true
            }
            continue
          }
          const result = action.command === buildCommand ? build() : runCommand(app, action, context)
          log.push(`$ ${action.command}`)
          if (!result.ok) return { ok: false, detail: `${log.join('\n')}\n${result.output}` }
        }
        // Every step leaves a project that builds, whether or not the step says to build.
        const result = build()
        if (!result.ok)
          return {
            ok: false,
            detail: `${log.join('\n')}\n(the check's build after the step)\n${result.output}`,
          }
        return { ok: true }
      })
      if (!ok) return false
    }
  }
  return true
}

// ---------------------------------------------------------------------------------------------------------
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
  const work = process.env.MP_PRIVACY_CONSUMER_DIR ?? join(tmpdir(), 'mp-privacy-consumers')
  const chosen = process.argv.slice(2).filter((arg) => arg in frameworks)
  const { check, vitest, totals } = createChecks()
  for (const framework of chosen.length > 0 ? chosen : Object.keys(frameworks))
    guideCheck({ repo, work, tarballs: join(work, 'tarballs'), framework, check, vitest })
  const { passed, failed, vitestPassed, vitestFailed } = totals()
  console.log(`${passed + vitestPassed} passed, ${failed + vitestFailed} failed`)
  process.exit(failed + vitestFailed === 0 ? 0 : 1)
}
