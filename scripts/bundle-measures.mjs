// What the consumer check measures in an app's build output: the JS bytes users pay, development-only texts
// that a release build must not carry, and library modules bundled twice.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

function jsFiles(dir) {
  const files = []
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (path.endsWith('.js')) files.push(path)
    }
  }
  walk(dir)
  return files.sort()
}

/**
 * The JS of a build: `raw` bytes (what counts against the package size limit), `gzip` (each file gzipped on its
 * own, level 9, summed), and the gzip bytes of each file by its path in the build.
 *
 * @example
 * jsBytes('dist') // { raw: 252753, gzip: 84738, files: { 'app.js': 29836, … } }
 */
export function jsBytes(dir) {
  let raw = 0
  let gzip = 0
  const files = {}
  for (const path of jsFiles(dir)) {
    const content = readFileSync(path)
    raw += content.length
    files[relative(dir, path)] = gzipSync(content, { level: 9 }).length
    gzip += files[relative(dir, path)]
  }
  return { raw, gzip, files }
}

/**
 * Where an addition went: the gzip bytes each file of a build gained or lost against the same build without the
 * library (files that did not change left out).
 *
 * @example
 * addedByFile(jsBytes(before), jsBytes(after)) // { 'vendors.js': 9164, 'pages/profile/index.js': 383, … }
 */
export function addedByFile(without, withLibrary) {
  const added = {}
  for (const path of new Set([...Object.keys(without.files), ...Object.keys(withLibrary.files)])) {
    const delta = (withLibrary.files[path] ?? 0) - (without.files[path] ?? 0)
    if (delta !== 0) added[path] = delta
  }
  return added
}

// The core's development warnings (a request no page prompts for, an agree WeChat did not record) are written so
// that a release build drops them: the app's bundler replaces process.env.NODE_ENV and its minifier removes the
// dead branch. Their texts in a release build would be bytes every user pays for nothing.
const developmentWarnings = ['no page shows a prompt', 'WeChat recorded no consent']

/**
 * A check result: fails naming each file of a release build that still carries a development warning.
 *
 * @example
 * check('app: the release build carries no development warning', () => noDevelopmentWarnings('dist'))
 */
export function noDevelopmentWarnings(dir) {
  const found = []
  for (const path of jsFiles(dir)) {
    const content = readFileSync(path, 'utf8')
    for (const text of developmentWarnings) if (content.includes(text)) found.push(`${path}: "${text}"`)
  }
  return { ok: found.length === 0, detail: found.join('\n') }
}

/**
 * Library modules bundled twice: the .vue components aside, an installed package must come from its `dist`
 * (the built entry points the app imports) — a module of its `src` beside them is a second copy — and each
 * module must sit in one chunk. `chunks` maps each chunk of the build to its module ids.
 *
 * @example
 * libraryCopies({ 'common/vendor.js': ['/app/node_modules/@mp-privacy/core/dist/index.js'] }) // []
 */
export function libraryCopies(chunks) {
  const problems = []
  const chunkOf = new Map()
  for (const [chunk, ids] of Object.entries(chunks)) {
    for (const id of ids) {
      const path = id.replaceAll('\\', '/')
      if (!/\/node_modules\/@mp-privacy\//.test(path) || /\.vue(\?|$)/.test(path)) continue
      if (!/\/node_modules\/@mp-privacy\/[^/]+\/dist\//.test(path))
        problems.push(`${chunk}: ${path} (not the built entry)`)
      if (chunkOf.has(path)) problems.push(`${path}: in ${chunkOf.get(path)} and ${chunk}`)
      chunkOf.set(path, chunk)
    }
  }
  return problems
}
