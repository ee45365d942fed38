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

/** Marks a place as library code (`library`: the package name) when it is. */
export function withLibrary(location: SourceLocation): SourceLocation {
  const library = libraryOf(location.file)
  return library === undefined ? location : { ...location, library }
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
