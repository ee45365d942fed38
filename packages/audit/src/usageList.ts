import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { FindingUse, SourceLocation, Usage } from './types'

/** The package a file belongs to when it is library code, from its path; `undefined` for the app's own code. */
export function libraryOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/)
  // The innermost package folder wins: `node_modules/.pnpm/x/node_modules/@vant/weapp/…` is `@vant/weapp`.
  for (let index = parts.length - 2; index >= 0; index--) {
    const folder = parts[index]
    // miniprogram_npm: native npm build; node_modules: sources behind a source map; node-modules: uni-app's output.
    if (folder !== 'miniprogram_npm' && folder !== 'node_modules' && folder !== 'node-modules') continue
    const name = parts[index + 1]
    if (name === undefined || name === '.pnpm' || index + 2 >= parts.length) continue
    return name.startsWith('@') && parts[index + 2] !== undefined && index + 3 < parts.length
      ? `${name}/${parts[index + 2]}`
      : name
  }
  return undefined
}

const MODULE_KEY = /^\/\*{3}\/ "([^"\n]+)":/gm

/**
 * Marks places as library code (`library`: the package name) when they are: by path, or inside a development
 * webpack chunk (Taro's `npm run dev:weapp` output names each module by its path, `/***\/ "../node_modules/x/…":`),
 * by the module around the place. Production chunks use numeric ids and say nothing. One marker per audit: it
 * caches what it read.
 */
export function libraryMarker(): (location: SourceLocation) => SourceLocation {
  const chunks = new Map<string, { modules: { offset: number; path: string }[]; lines: number[] }>()
  const chunk = (file: string) => {
    let known = chunks.get(file)
    if (!known) {
      let source = ''
      try {
        source = readFileSync(file, 'utf8')
      } catch {
        // Unreadable now: its places stay unmarked.
      }
      const modules = [...source.matchAll(MODULE_KEY)].map((m) => ({
        offset: m.index ?? 0,
        path: m[1] as string,
      }))
      const lines = [0]
      if (modules.length > 0) {
        for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines.push(at + 1)
      }
      known = { modules, lines }
      chunks.set(file, known)
    }
    return known
  }
  const moduleLibrary = (location: SourceLocation): string | undefined => {
    if (location.generated || !location.file.endsWith('.js')) return undefined
    const { modules, lines } = chunk(location.file)
    const offset = (lines[location.line - 1] ?? Number.POSITIVE_INFINITY) + location.column - 1
    let path: string | undefined
    for (const module of modules) {
      if (module.offset > offset) break
      path = module.path
    }
    return path === undefined ? undefined : libraryOf(path)
  }
  return (location) => {
    const library = libraryOf(location.file) ?? moduleLibrary(location)
    return library === undefined ? location : { ...location, library }
  }
}

/**
 * The app's own places first, then library places grouped by package; each group in the order it came
 * (collection order: file, line, column).
 */
export function appFirst<T>(items: readonly T[], locationOf: (item: T) => SourceLocation): T[] {
  const rank = (item: T) => locationOf(item).library ?? ''
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item).localeCompare(rank(b.item)) || a.index - b.index)
    .map(({ item }) => item)
}

/** The uses behind a finding: their names (`apis`, kept for scripts) and, with their kind, `uses`. */
export function usesOf(used: readonly Usage[]): { apis: string[]; uses: FindingUse[] } {
  const uses = new Map<string, FindingUse>()
  for (const item of used) {
    const use: FindingUse = { kind: item.kind, name: item.name, ...(item.via ? { via: item.via } : {}) }
    uses.set(`${use.kind} ${use.name} ${use.via ?? ''}`, use)
  }
  return { apis: [...new Set(used.map((item) => item.name))], uses: [...uses.values()] }
}

/** Taro's generic templates say little about where a component is used: they go after everything else. */
const GENERIC_TEMPLATES = new Set(['base.wxml', 'comp.wxml', 'custom-wrapper.wxml'])

/** Usages from several scans in one order: by file, line and column, Taro's generic templates last. */
export function byPlace(a: Usage, b: Usage): number {
  const rank = (item: Usage) => (GENERIC_TEMPLATES.has(basename(item.location.file)) ? 1 : 0)
  return (
    rank(a) - rank(b) ||
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  )
}
