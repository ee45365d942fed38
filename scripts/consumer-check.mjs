// What users install must work. Packs every package, installs the tarballs into apps OUTSIDE the workspace —
// consumers/taro-react (Taro 4.2.1's own React + TypeScript template, tsconfig kept) and consumers/uni-app
// (a uni-app Vue 3 + Vite app) with npm, and a bare project with pnpm — then, in each: builds for WeChat,
// type-checks with the app's own tsconfig (and the README snippets in strict mode, under node10, node16 and
// bundler resolution), and runs the harness tests on the compiled output, the README's testing recipes and a
// check of every entry point (ESM and CJS, Node and jsdom). No alias, no source condition. Right after each
// app's install, the quick-start guide of its framework is followed literally in a copy of the template, then
// the testing and audit guides (scripts/guide-check.mjs).
//
//   node scripts/consumer-check.mjs            (pnpm test:consumer)
//
// Writes .ci/consumer-report.json ({ numPassedTests, numFailedTests, checks }) and the sizes users pay to
// .ci/consumer-sizes.json. Exits 1 when a check fails.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addedByFile, jsBytes, libraryCopies, noDevelopmentWarnings } from './bundle-measures.mjs'
import { createChecks, run, tsc } from './checks.mjs'
import { consumerApps } from './consumer-apps.mjs'
import { guideCheck } from './guide-check.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = process.env.MP_PRIVACY_CONSUMER_DIR ?? join(tmpdir(), 'mp-privacy-consumers')
const tarballs = join(work, 'tarballs')
const packages = ['core', 'react', 'vue', 'simulator', 'audit', 'openapi'].filter((dir) =>
  existsSync(join(repo, 'packages', dir, 'package.json')),
)
const { check, vitest, totals } = createChecks()

const { copyApp, applyOverlay, writeSnippets, addTarballs } = consumerApps({ repo, work, tarballs })

/** The installed `mp-privacy-audit` finds the app clean, and finds `key` once privacy.json drops it (112). */
function auditChecks(app, label, dir, key) {
  check(`${label}: mp-privacy-audit ${dir} (the installed command) reports no error`, () =>
    run('npx', ['--no-install', 'mp-privacy-audit', dir, '--lang', 'en'], app),
  )
  check(`${label}: mp-privacy-audit fails when privacy.json drops ${key}`, () => {
    const declared = JSON.parse(readFileSync(join(app, 'privacy.json'), 'utf8'))
    declared.setting_list = declared.setting_list.filter((entry) => entry.privacy_key !== key)
    writeFileSync(join(app, 'privacy-without.json'), JSON.stringify(declared))
    const result = run(
      'npx',
      ['--no-install', 'mp-privacy-audit', dir, '--privacy', 'privacy-without.json', '--json'],
      app,
    )
    return {
      ok: !result.ok && result.output.includes(key) && result.output.includes('112'),
      detail: result.output,
    }
  })
  check(
    `${label}: mp-privacy push (the installed command) lints and prints the body, sending nothing`,
    () => {
      const declared = JSON.parse(readFileSync(join(app, 'privacy.json'), 'utf8'))
      const owner_setting = { contact_email: 'privacy@example.com', notice_method: '弹窗' }
      writeFileSync(join(app, 'privacy-push.json'), JSON.stringify({ ...declared, owner_setting }))
      const args = ['--no-install', 'mp-privacy', 'push', '--privacy', 'privacy-push.json', '--json']
      const result = run('npx', args, app)
      return {
        ok:
          result.ok && result.output.includes('"sent": false') && result.output.includes('"privacy_ver": 2'),
        detail: result.output,
      }
    },
  )
}

// ---------------------------------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true })
mkdirSync(tarballs, { recursive: true })
console.log(`consumer check in ${work}`)

if (!process.argv.includes('--no-build')) {
  check('build every package', () => run('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'], repo))
}
const sizes = { tarballs: {}, apps: {} }
const total = ({ raw, gzip }) => ({ raw, gzip })
check('pack every package', () => {
  for (const dir of packages) {
    const result = run('pnpm', ['pack', '--pack-destination', tarballs], join(repo, 'packages', dir))
    if (!result.ok) return result
  }
  for (const tgz of readdirSync(tarballs)) sizes.tarballs[tgz] = statSync(join(tarballs, tgz)).size
  return { ok: true }
})
check('tarballs hold no tests, a LICENSE and the rules the README links to', () => {
  const problems = []
  for (const tgz of readdirSync(tarballs)) {
    const files = execFileSync('tar', ['tzf', join(tarballs, tgz)], { encoding: 'utf8' }).split('\n')
    if (files.some((f) => /__tests__|\.test\.|\.test-d\.|\.bench\./.test(f)))
      problems.push(`${tgz}: ships tests`)
    if (!files.includes('package/LICENSE')) problems.push(`${tgz}: no LICENSE`)
    if (!files.includes('package/README.md')) {
      problems.push(`${tgz}: no README.md`)
      continue
    }
    const readme = execFileSync('tar', ['xzf', join(tarballs, tgz), '-O', 'package/README.md'], {
      encoding: 'utf8',
    })
    const prose = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    for (const [, target] of prose.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) {
      if (
        !files.some(
          (f) =>
            f === `package/${target.replace(/^\.\//, '')}` ||
            f.startsWith(`package/${target.replace(/^\.\//, '').replace(/\/$/, '')}/`),
        )
      )
        problems.push(`${tgz}: README links to ${target}, not in the tarball`)
    }
    const pkg = JSON.parse(
      execFileSync('tar', ['xzf', join(tarballs, tgz), '-O', 'package/package.json'], { encoding: 'utf8' }),
    )
    if (!pkg.repository || !pkg.engines) problems.push(`${tgz}: no repository or engines`)
  }
  return { ok: problems.length === 0, detail: problems.join('\n') }
})

// Taro 4.2.1's React + TypeScript template -------------------------------------------------------------------
const taro = copyApp('taro-react')
// The app after the baseline build is the React README's app: its src/app.tsx, PrivacyPopup and pages.
const taroSnippets = () =>
  writeSnippets(taro, {
    '.': 'packages/react/README.md',
    'src/readme/core': 'packages/core/README.md',
    'src/readme/simulator': 'packages/simulator/README.md',
    'src/readme/root': 'README.md',
    // The docs site's samples, a folder per page (pages reuse paths like src/privacy.ts).
    ...Object.fromEntries(
      ['taro', 'flows', 'testing', 'migration', 'platforms'].flatMap((page) => [
        [`src/readme/docs-zh-${page}`, `docs/guide/${page}.md`],
        [`src/readme/docs-en-${page}`, `docs/en/guide/${page}.md`],
      ]),
    ),
  })
addTarballs(taro, ['core', 'react'], ['simulator', 'audit'])
if (
  check('taro-react: npm install (template lockfile + tarballs)', () =>
    run('npm', ['install', '--no-audit', '--no-fund'], taro),
  )
) {
  // The Taro guide followed literally in a copy of the template as installed (before anything else touches it).
  guideCheck({ repo, work, tarballs, framework: 'taro', check, vitest })
  check('taro-react: the template builds as it is (baseline for sizes)', () =>
    run('npm', ['run', 'build:weapp'], taro),
  )
  const without = jsBytes(join(taro, 'dist'))
  applyOverlay(taro, 'taro-react')
  taroSnippets()
  check('taro-react: taro build --type weapp with the library', () =>
    run('npm', ['run', 'build:weapp'], taro),
  )
  check('taro-react: tsc with the template tsconfig (moduleResolution node)', () =>
    tsc(taro, 'tsconfig.json'),
  )
  for (const variant of ['strict', 'node16', 'bundler', 'skiplibcheck']) {
    check(`taro-react: README snippets and type tests, ${variant}`, () =>
      tsc(taro, `tsconfig.${variant}.json`),
    )
  }
  check('taro-react: vitest (harness on dist, README recipes, entry points)', () => vitest(taro, 'taro'))
  check('taro-react: the release build carries no development warning', () =>
    noDevelopmentWarnings(join(taro, 'dist')),
  )
  auditChecks(taro, 'taro-react', 'dist', 'Clipboard')
  const withLibrary = jsBytes(join(taro, 'dist'))
  sizes.apps['taro-react'] = { without: total(without), with: total(withLibrary) }
  sizes.apps['taro-react'].addedByFile = addedByFile(without, withLibrary)
}

// uni-app Vue 3 + Vite ---------------------------------------------------------------------------------------
const uni = copyApp('uni-app')
addTarballs(uni, ['core', 'vue'], ['simulator', 'audit'])
if (
  check('uni-app: npm install (lockfile + tarballs)', () =>
    run('npm', ['install', '--no-audit', '--no-fund'], uni),
  )
) {
  guideCheck({ repo, work, tarballs, framework: 'uni-app', check, vitest })
  check('uni-app: the app builds without the library (baseline for sizes)', () =>
    run('npm', ['run', 'build:mp-weixin'], uni),
  )
  const without = jsBytes(join(uni, 'dist', 'build', 'mp-weixin'))
  // What any component costs an app that has none: uni-app tree-shakes Vue's component support out of the
  // template, so the first component of an app (ours or its own) brings it into common/vendor.js. The same app
  // with one component of its own (a prop, an event, a slot), built apart.
  const ownComponent = check(
    'uni-app: the app with one component of its own (what a first component costs)',
    () => {
      const page = join(uni, 'src', 'pages', 'index', 'index.vue')
      const original = readFileSync(page, 'utf8')
      writeFileSync(
        join(uni, 'src', 'OwnComponent.vue'),
        `<script setup lang="ts">\ndefineProps<{ label?: string }>()\ndefineEmits<{ pick: [] }>()\n</script>\n\n<template>\n  <view @tap="$emit('pick')">{{ label }}<slot /></view>\n</template>\n`,
      )
      writeFileSync(
        page,
        original
          .replace(
            "import { ref } from 'vue'",
            "import { ref } from 'vue'\nimport OwnComponent from '../../OwnComponent.vue'",
          )
          .replace(
            '</text>',
            '</text>\n    <OwnComponent label="a" @pick="title = \'b\'"><text>b</text></OwnComponent>',
          ),
      )
      const result = run(
        'npx',
        ['--no-install', 'uni', 'build', '-p', 'mp-weixin', '--outDir', join(uni, 'dist-own-component')],
        uni,
      )
      writeFileSync(page, original)
      rmSync(join(uni, 'src', 'OwnComponent.vue'))
      return { ok: result.ok && original.includes('</text>'), detail: result.output }
    },
  )
  applyOverlay(uni, 'uni-app')
  writeSnippets(uni, {
    'src/readme/vue': 'packages/vue/README.md',
    'src/readme/docs-zh-uni-app': 'docs/guide/uni-app.md',
    'src/readme/docs-en-uni-app': 'docs/en/guide/uni-app.md',
  })
  check('uni-app: uni build -p mp-weixin with the library', () => run('npm', ['run', 'build:mp-weixin'], uni))
  check('uni-app: vue-tsc with the app tsconfig (moduleResolution node, strict)', () =>
    tsc(uni, 'tsconfig.json', 'vue-tsc'),
  )
  // Not node16: the .vue components ship as source with extensionless relative imports, which node16's ESM
  // rules reject (uni-app and Taro Vue projects resolve with node or bundler; see the Vue README).
  for (const variant of ['bundler', 'skiplibcheck']) {
    check(`uni-app: vue-tsc, ${variant}`, () => tsc(uni, `tsconfig.${variant}.json`, 'vue-tsc'))
  }
  check('uni-app: vitest (harness on dist/build/mp-weixin, entry points)', () => vitest(uni, 'uni'))
  check('uni-app: the release build carries no development warning', () =>
    noDevelopmentWarnings(join(uni, 'dist', 'build', 'mp-weixin')),
  )
  auditChecks(uni, 'uni-app', 'dist/build/mp-weixin', 'Clipboard')
  const uniDist = join(uni, 'dist', 'build', 'mp-weixin')
  // uni-app compiles each .vue component into a mini-program component of its own (its own .js file), where Taro
  // bundles React components with the rest: part of the addition, listed apart.
  const componentDir = join(uniDist, 'node-modules', '@mp-privacy')
  const withLibrary = jsBytes(uniDist)
  sizes.apps['uni-app'] = {
    without: total(without),
    with: total(withLibrary),
    componentFiles: existsSync(componentDir) ? total(jsBytes(componentDir)) : { raw: 0, gzip: 0 },
    addedByFile: addedByFile(without, withLibrary),
  }
  if (ownComponent) {
    const withComponent = jsBytes(join(uni, 'dist-own-component'))
    sizes.apps['uni-app'].firstComponent = addedByFile(without, withComponent)['common/vendor.js'] ?? 0
  }
  // The same build once more, recording the modules of each chunk (vite.modules.config.ts), into another folder.
  check('uni-app: one copy of each library module in the build (the modules of each chunk listed)', () => {
    const listing = join(uni, 'modules.json')
    const out = join(uni, 'dist-modules', 'mp-weixin')
    const args = [
      '--no-install',
      'uni',
      'build',
      '-p',
      'mp-weixin',
      '-c',
      'vite.modules.config.ts',
      '--outDir',
      out,
    ]
    const result = run('npx', args, uni, { MODULES_JSON: listing })
    if (!result.ok || !existsSync(listing)) return result
    const chunks = JSON.parse(readFileSync(listing, 'utf8'))
    sizes.apps['uni-app'].libraryModules = Object.fromEntries(
      Object.entries(chunks)
        .map(([chunk, ids]) => [
          chunk,
          ids.filter((id) => id.includes('@mp-privacy')).map((id) => id.slice(id.indexOf('@mp-privacy'))),
        ])
        .filter(([, ids]) => ids.length > 0),
    )
    const problems = libraryCopies(chunks)
    return { ok: problems.length === 0, detail: problems.join('\n') }
  })
}

// pnpm: a bare project, strict node_modules ----------------------------------------------------------------
const bare = copyApp('pnpm-node')
addTarballs(bare, ['core', 'vue', 'simulator', 'audit', 'openapi'])
// A tarball's own @mp-privacy dependencies (e.g. vue → core ^0.1.0) must come from the tarballs too.
const overrides = readdirSync(tarballs)
  .map(
    (tgz) =>
      `  "@mp-privacy/${tgz.replace(/^mp-privacy-(.+)-\d+\.\d+\.\d+\.tgz$/, '$1')}": "file:${join(tarballs, tgz)}"`,
  )
  .join('\n')
writeFileSync(
  join(bare, 'pnpm-workspace.yaml'),
  `${readFileSync(join(bare, 'pnpm-workspace.yaml'), 'utf8')}overrides:\n${overrides}\n`,
)
if (check('pnpm-node: pnpm install', () => run('pnpm', ['install', '--no-frozen-lockfile'], bare))) {
  check('pnpm-node: node ESM and CJS, every entry point', () => run('node', ['entries.mjs'], bare))
  check('pnpm-node: vitest (entry points, harness on the uni-app build)', () =>
    vitest(bare, 'pnpm', { UNI_APP_DIST: join(uni, 'dist', 'build', 'mp-weixin') }),
  )
  // Server-side code (the WeChat server API client) belongs in a Node project, not in a mini program's.
  writeSnippets(bare, {
    'src/readme/openapi': 'packages/openapi/README.md',
    'src/readme/docs-zh-openapi': 'docs/guide/openapi.md',
    'src/readme/docs-en-openapi': 'docs/en/guide/openapi.md',
  })
  check('pnpm-node: tsc on the openapi README and guide samples (Node ESM, strict)', () =>
    tsc(bare, 'tsconfig.json'),
  )
}

// Guards, not goals: gzip bytes each app's build adds (README, "Measured"). Measured: Taro 9203 B, uni-app 11 070 B.
const addedBudgets = { 'taro-react': 9300, 'uni-app': 11150 }
check('the bytes each app adds stay within their budgets', () => {
  const over = Object.entries(addedBudgets).flatMap(([app, budget]) => {
    const measured = sizes.apps[app]
    if (!measured) return [`${app}: not measured (its build failed)`]
    const added = measured.with.gzip - measured.without.gzip
    return added > budget ? [`${app}: +${added} B gzip, over its ${budget} B budget`] : []
  })
  return { ok: over.length === 0, detail: over.join('\n') }
})

const { list: checks, passed, failed, vitestPassed, vitestFailed } = totals()
mkdirSync(join(repo, '.ci'), { recursive: true })
writeFileSync(
  join(repo, '.ci', 'consumer-report.json'),
  `${JSON.stringify({ numPassedTests: passed + vitestPassed, numFailedTests: failed + vitestFailed, checks }, null, 2)}\n`,
)
writeFileSync(join(repo, '.ci', 'consumer-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`)
console.log(
  `\nconsumer check: ${passed}/${checks.length} checks passed; vitest ${vitestPassed} passed, ${vitestFailed} failed`,
)
console.log(JSON.stringify(sizes, null, 2))
process.exit(failed + vitestFailed === 0 ? 0 : 1)
