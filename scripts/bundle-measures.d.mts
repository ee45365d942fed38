/** The JS files under `dir` (recursively): raw bytes, gzip bytes (per file, level 9, summed), gzip bytes by path. */
export interface JsBytes {
  raw: number
  gzip: number
  files: Record<string, number>
}
export function jsBytes(dir: string): JsBytes
/** The gzip bytes each file gained (or lost) from `without` to `withLibrary`; unchanged files left out. */
export function addedByFile(without: JsBytes, withLibrary: JsBytes): Record<string, number>
/** Fails naming each .js file under `dir` that carries one of the core's development warnings. */
export function noDevelopmentWarnings(dir: string): { ok: boolean; detail: string }
/** Library modules bundled twice (a `src` module beside `dist`, or one module in two chunks), as messages. */
export function libraryCopies(chunks: Record<string, string[]>): string[]
