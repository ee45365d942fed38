import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A rule id as code, tests and READMEs cite it: `H13`, also inside `H1–H26` or `H1…H29`. */
const citation = /\bH(\d+)\b/g

/** Folders that hold build output or installed packages, never something a person wrote. */
const skippedDirs = new Set([
  'node_modules',
  'dist',
  'dist-h5',
  'dist-tt',
  'dist-alipay',
  'dist-dev',
  'unpackage',
  '.cache',
  '.git',
  '.vitepress',
  'api',
])
const scannedFile = /\.(ts|tsx|mts|cts|js|mjs|cjs|vue|md)$/

/**
 * The rule ids the rules page defines: one `<a id="hN"></a>HN` heading per rule.
 *
 * @example
 * definedRuleIds('### <a id="h1"></a>H1 · …') // ['H1']
 */
export function definedRuleIds(rulesPage: string): string[] {
  return [...rulesPage.matchAll(/^### <a id="h(\d+)"><\/a>H(\d+) · /gm)].map(([, anchor, id]) => {
    if (anchor !== id) throw new Error(`The anchor h${anchor} of rule H${id} must be h${id}.`)
    return `H${id}`
  })
}

/**
 * Every rule id cited in `text`, in order of appearance.
 *
 * @example
 * citedRuleIds('// H13: agree needs the tapped button id (see H1–H26)') // ['H13', 'H1', 'H26']
 */
export function citedRuleIds(text: string): string[] {
  return [...text.matchAll(citation)].map(([, id]) => `H${id}`)
}

/**
 * Files under `dirs` (relative to `root`) that may cite rules: sources, tests, scripts and Markdown.
 *
 * @example
 * filesToScan('/repo', ['packages', 'examples'])
 */
export function filesToScan(root: string, dirs: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) walk(path)
      } else if (scannedFile.test(entry.name)) {
        files.push(relative(root, path))
      }
    }
  }
  for (const dir of dirs) walk(join(root, dir))
  return files.sort()
}

/** A citation of a rule the rules page does not define. */
export interface UnknownCitation {
  file: string
  line: number
  id: string
}

/**
 * Citations in `files` (relative to `root`) of ids that are not in `known`.
 *
 * @example
 * unknownCitations('/repo', ['README.md'], new Set(['H1'])) // [{ file: 'README.md', line: 3, id: 'H99' }]
 */
export function unknownCitations(root: string, files: readonly string[], known: ReadonlySet<string>) {
  const unknown: UnknownCitation[] = []
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    lines.forEach((text, index) => {
      for (const id of citedRuleIds(text)) if (!known.has(id)) unknown.push({ file, line: index + 1, id })
    })
  }
  return unknown
}
