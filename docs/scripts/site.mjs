// Builds the documentation site: the API reference (TypeDoc, from the packages' TypeScript sources), the browser
// demo (the Taro example's H5 build, copied to public/demo) and the VitePress site (.vitepress/dist). Used by
// `pnpm docs:build`, `pnpm docs:dev` and the docs test project's global setup.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt, inputsHash } from '../../examples/taro-app/scripts/build.mjs'

/** @type {import('./site.d.mts').docsRoot} */
export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** @type {import('./site.d.mts').siteDir} */
export const siteDir = join(docsRoot, '.vitepress', 'dist')
const repoRoot = join(docsRoot, '..')
// The reference is in English (JSDoc); it is written for both locales so that the language switch finds a page.
const apiDirs = [join(docsRoot, 'api'), join(docsRoot, 'en', 'api')]
const demoDir = join(docsRoot, 'public', 'demo')
const hashFile = join(docsRoot, '.cache', 'site-inputs.hash')

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  const skipped = new Set(['node_modules', '.cache', 'dist', 'cache', 'api', 'public', 'test'])
  /** @type {string[]} */
  const files = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) files.push(...listFiles(path))
    } else files.push(path)
  }
  return files.sort()
}

/** Everything the site is built from: its pages and config, the packages' sources, the demo's inputs. */
function siteInputsHash() {
  const hash = createHash('sha256').update(`h5:${inputsHash('h5')}\0`)
  const copy = join(docsRoot, 'en', 'host-behaviour.md')
  const files = [
    ...listFiles(docsRoot).filter((file) => file !== copy),
    ...['core', 'react', 'vue', 'simulator', 'audit'].flatMap((name) =>
      listFiles(join(repoRoot, 'packages', name, 'src')),
    ),
  ]
  for (const file of files) hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file))
  return hash.digest('hex')
}

/**
 * Writes the API reference to api/ with TypeDoc (Markdown for VitePress), one page per entry point. The entries
 * in api-entries/ name the modules after the packages' import paths.
 * @type {import('./site.d.mts').generateApi}
 */
export function generateApi() {
  const out = join(docsRoot, '.cache', 'typedoc')
  rmSync(out, { recursive: true, force: true })
  const entries = readdirSync(join(docsRoot, 'api-entries')).map((file) => join('api-entries', file))
  run(join(docsRoot, 'node_modules', '.bin', 'typedoc'), [
    ...['--tsconfig', 'typedoc.tsconfig.json', '--plugin', 'typedoc-plugin-markdown', '--out', out],
    // Type errors are the typecheck's job; a half-edited package must not stop the docs.
    ...['--skipErrorChecking', '--disableSources', '--readme', 'none', '--excludeExternals'],
    ...[
      '--outputFileStrategy',
      'modules',
      '--entryFileName',
      'index',
      '--hidePageHeader',
      '--hideBreadcrumbs',
      '--useHTMLAnchors',
    ],
    ...['--name', 'API', '--logLevel', 'Error', '--entryPointStrategy', 'resolve', ...entries],
  ])
  // TypeDoc puts the pages under @mp-privacy/; VitePress gets them one level up (api/core.md, api/core/ui.md).
  for (const apiDir of apiDirs) {
    rmSync(apiDir, { recursive: true, force: true })
    mkdirSync(apiDir, { recursive: true })
    for (const file of listFiles(out)) {
      const rel = relative(out, file)
      const target = join(apiDir, rel.replace(/^@mp-privacy\//, ''))
      mkdirSync(dirname(target), { recursive: true })
      let text = readFileSync(file, 'utf8').replaceAll('](@mp-privacy/', '](')
      if (rel.startsWith('@mp-privacy/'))
        text = text.replace(/\]\((\.\.\/)+index\.md\)/g, (m) => m.replace('../', ''))
      writeFileSync(target, text)
    }
  }
  rmSync(out, { recursive: true, force: true })
  // The rules page, like the reference, exists in English only; the English locale gets the same page.
  const rules = readFileSync(join(docsRoot, 'host-behaviour.md'), 'utf8')
  writeFileSync(
    join(docsRoot, 'en', 'host-behaviour.md'),
    `<!-- A copy of docs/host-behaviour.md made by scripts/site.mjs: edit that file. -->\n\n${rules}`,
  )
}

/**
 * Builds the browser demo unless unchanged and copies it to public/demo (served at /demo/index.html).
 * @type {import('./site.d.mts').copyDemo}
 */
export function copyDemo() {
  const { outputDir } = ensureBuilt('h5')
  rmSync(demoDir, { recursive: true, force: true })
  mkdirSync(dirname(demoDir), { recursive: true })
  cpSync(outputDir, demoDir, { recursive: true })
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  try {
    execFileSync(command, args, { cwd: docsRoot, stdio: 'pipe', encoding: 'utf8' })
  } catch (error) {
    const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error)
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

/**
 * Builds the whole site into .vitepress/dist unless it was built from the same inputs.
 * @type {import('./site.d.mts').ensureSite}
 */
export function ensureSite({ force = false } = {}) {
  copyDemo()
  const hash = siteInputsHash()
  if (
    !force &&
    existsSync(join(siteDir, 'index.html')) &&
    existsSync(hashFile) &&
    readFileSync(hashFile, 'utf8') === hash
  ) {
    return { siteDir, built: false }
  }
  generateApi()
  // VitePress in its own process: Vitest's environment (NODE_ENV=test, VITEST_*) would change its build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
  try {
    execFileSync(join(docsRoot, 'node_modules', '.bin', 'vitepress'), ['build', '.'], {
      cwd: docsRoot,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error)
    throw new Error(`vitepress build failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
  mkdirSync(dirname(hashFile), { recursive: true })
  writeFileSync(hashFile, hash)
  return { siteDir, built: true }
}
