import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import type { SourceLocation } from './types'

/** 1-based line and column of an offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (
    let index = source.indexOf('\n');
    index !== -1 && index < offset;
    index = source.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Maps places in compiled files back to their sources through the build's source maps (a `sourceMappingURL`
 * comment — file or data URL — or a `.map` file next to the output). Without a map the compiled place is kept.
 */
export class SourceMaps {
  private readonly maps = new Map<string, { map: TraceMap; dir: string } | null>()

  constructor(private readonly projectRoot: string) {}

  locate(file: string, source: string, offset: number): SourceLocation {
    const generated = { file, ...lineColumn(source, offset) }
    const entry = this.mapFor(file, source)
    if (!entry) return generated
    const original = originalPositionFor(entry.map, { line: generated.line, column: generated.column - 1 })
    if (original.source === null || original.line === null || original.column === null) return generated
    return {
      file: this.sourcePath(original.source, entry.dir),
      line: original.line,
      column: original.column + 1,
      generated,
    }
  }

  private mapFor(file: string, source: string): { map: TraceMap; dir: string } | null {
    const cached = this.maps.get(file)
    if (cached !== undefined) return cached
    let entry: { map: TraceMap; dir: string } | null = null
    try {
      const url = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(source.slice(-4096))?.[1]
      if (url?.startsWith('data:')) {
        const base64 = url.slice(url.indexOf(',') + 1)
        entry = { map: new TraceMap(Buffer.from(base64, 'base64').toString('utf8')), dir: dirname(file) }
      } else {
        const mapFile = url ? resolve(dirname(file), decodeURIComponent(url)) : `${file}.map`
        if (existsSync(mapFile))
          entry = { map: new TraceMap(readFileSync(mapFile, 'utf8')), dir: dirname(mapFile) }
      }
    } catch {
      entry = null
    }
    this.maps.set(file, entry)
    return entry
  }

  /**
   * `webpack://app/./src/x.tsx` (the namespace may be a scoped package name) → `<project>/src/x.tsx`; Taro's
   * development builds flatten the path (`webpack://app/._src_x.tsx`). Relative sources resolve against the map's
   * folder.
   */
  private sourcePath(source: string, dir: string): string {
    const webpack = /^webpack:\/\/(?:@[^/]+\/)?[^/]*\/(.*)$/.exec(source)
    if (webpack) {
      const path = resolve(this.projectRoot, webpack[1] as string)
      if (existsSync(path) || !(webpack[1] as string).includes('_')) return path
      return unflatten(this.projectRoot, (webpack[1] as string).split('_'), 0) ?? path
    }
    if (source.startsWith('file://')) return fileURLToPath(source)
    return isAbsolute(source) ? source : join(dir, source)
  }
}

/** `._src_pages_index.tsx` → `./src/pages/index.tsx`: the first path of existing folders that ends at a file. */
function unflatten(dir: string, parts: readonly string[], from: number): string | undefined {
  for (let to = from + 1; to <= parts.length; to++) {
    const path = join(dir, parts.slice(from, to).join('_'))
    if (to === parts.length) return existsSync(path) && statSync(path).isFile() ? path : undefined
    if (existsSync(path) && statSync(path).isDirectory()) {
      const found = unflatten(path, parts, to)
      if (found) return found
    }
  }
  return undefined
}
