// How the consumer check prepares its apps: a copy of a consumer app outside the workspace, the packed tarballs
// as its dependencies, the README code blocks written into it, and the overlay that adds the library's pages.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { extractSnippets } from './readme-snippets.mjs'

/**
 * The app-preparing steps for the consumer apps of `repo`, copied under `work`, installing from `tarballs`.
 *
 * @example
 * const { copyApp, addTarballs, applyOverlay, writeSnippets } = consumerApps({ repo, work, tarballs })
 * const app = copyApp('uni-app')
 * addTarballs(app, ['core', 'vue'], ['simulator'])
 */
export function consumerApps({ repo, work, tarballs }) {
  function copyApp(name) {
    const target = join(work, name)
    rmSync(target, { recursive: true, force: true })
    cpSync(join(repo, 'consumers', name), target, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist|overlay)$/.test(src),
    })
    // The entry-point checks every app runs.
    mkdirSync(join(target, 'test'), { recursive: true })
    for (const file of ['entries.ts', 'entries.json']) {
      cpSync(join(repo, 'consumers', 'shared', file), join(target, 'test', file))
    }
    cpSync(join(repo, 'consumers', 'shared', 'entries.json'), join(target, 'entries.json'))
    return target
  }

  /** The app without the library is the template; `overlay/` adds the pages that use the library. */
  function applyOverlay(app, name) {
    const overlay = join(repo, 'consumers', name, 'overlay')
    const remove = join(overlay, 'remove.txt')
    if (existsSync(remove)) {
      for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean))
        rmSync(join(app, file), { force: true })
    }
    cpSync(overlay, app, { recursive: true, filter: (src) => !src.endsWith('remove.txt') })
  }

  /**
   * Writes the README blocks into the app: `readmes` maps a folder of the app (`.` for the app itself: its pages
   * ARE the README's) to a README.
   */
  function writeSnippets(app, readmes) {
    for (const [folder, readme] of Object.entries(readmes)) {
      for (const snippet of extractSnippets(join(repo, readme), readme.split('/').at(-2) ?? 'root')) {
        // Blocks without a path go under src/ so the app's tsconfig includes them.
        const path = /^(src|test|config|pages|components)\//.test(snippet.path)
          ? snippet.path
          : join('src', 'readme', snippet.path)
        const file = join(app, folder, path)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, `${snippet.code}`)
      }
    }
  }

  function addTarballs(app, names, devNames = []) {
    const file = join(app, 'package.json')
    const pkg = JSON.parse(readFileSync(file, 'utf8'))
    const spec = (name) => {
      const tgz = readdirSync(tarballs).find((f) => f.startsWith(`mp-privacy-${name}-`))
      if (!tgz) throw new Error(`no tarball for @mp-privacy/${name}`)
      return `file:${join(tarballs, tgz)}`
    }
    for (const name of names) pkg.dependencies[`@mp-privacy/${name}`] = spec(name)
    for (const name of devNames) pkg.devDependencies[`@mp-privacy/${name}`] = spec(name)
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`)
  }

  return { copyApp, applyOverlay, writeSnippets, addTarballs }
}
