// Builds the documentation site: the API reference (TypeDoc, from the packages' TypeScript sources), the browser
// demo (the Taro example's H5 build, copied to public/demo) and the VitePress site (.vitepress/dist).
// `node scripts/site.mjs` builds it unconditionally; the build task `docs:site` (scripts/tasks.mjs at the root:
// `pnpm docs:build`, the docs tests' global setup) runs it after the demo and only when an input changed.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { outputDir } from '../../scripts/tasks.mjs'

/** @type {import('./site.d.mts').docsRoot} */
export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// The reference is in English (JSDoc); it is written for both locales so that the language switch finds a page.
const apiDirs = [join(docsRoot, 'api'), join(docsRoot, 'en', 'api')]
const demoDir = join(docsRoot, 'public', 'demo')

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
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
 * Copies the browser demo (the build task `taro-app:h5`) to public/demo (served at /demo/index.html).
 * @type {import('./site.d.mts').copyDemo}
 */
export function copyDemo() {
  rmSync(demoDir, { recursive: true, force: true })
  mkdirSync(dirname(demoDir), { recursive: true })
  cpSync(outputDir('taro-app:h5'), demoDir, { recursive: true })
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

/** Builds the whole site into .vitepress/dist. */
function buildSite() {
  generateApi()
  copyDemo()
  run(join(docsRoot, 'node_modules', '.bin', 'vitepress'), ['build', '.'])
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildSite()
