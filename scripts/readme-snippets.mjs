// Turns the ts/tsx/vue code blocks of a README into files, so that a consumer app can type-check (and, for
// tests, run) them exactly as written. A block may hold several files: a first line such as
// `// src/pages/index/index.tsx` or `<!-- pages/index/index.vue -->` starts a file at that path; a block
// without one becomes `<name>-block-N.<lang>`. Paths are relative to the folder the caller chooses.
import { readFileSync } from 'node:fs'

const fence = /^```(ts|tsx|vue)(?:\s+\[[^\]]*\])?\s*$/
const header =
  /^(?:\/\/|<!--)\s*((?:src|test|config|pages|components)\/[\w./-]+\.(?:ts|tsx|vue)|[\w.-]+\.(?:mts|ts))\b.*$/

/**
 * @param {string} readme path of the README
 * @param {string} name prefix of the files made for blocks without a path
 * @returns {{ path: string, code: string, line: number }[]}
 */
export function extractSnippets(readme, name = 'readme') {
  const lines = readFileSync(readme, 'utf8').split('\n')
  const files = []
  let lang = null
  let current = null
  let block = 0
  for (const [index, line] of lines.entries()) {
    if (lang === null) {
      const open = fence.exec(line)
      if (open) {
        lang = open[1]
        block += 1
        current = null
      }
      continue
    }
    if (line.startsWith('```')) {
      lang = null
      continue
    }
    const named = header.exec(line)
    if (named || current === null) {
      const path = named ? named[1] : `${name}-block-${block}.${lang}`
      current = { path, code: '', line: index + 1 }
      files.push(current)
      if (named && lang !== 'vue') continue
    }
    current.code += `${line}\n`
  }
  const seen = new Map()
  for (const file of files) {
    const count = seen.get(file.path) ?? 0
    seen.set(file.path, count + 1)
    if (count > 0) file.path = file.path.replace(/(\.\w+)$/, `-${count + 1}$1`)
  }
  return files
}
