import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The example's root folder (examples/uni-app). */
export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where `uni build -p mp-weixin` writes the compiled mini-program. */
export const outputDir = join(appRoot, 'dist', 'build', 'mp-weixin')

/**
 * Reads a file of the compiled mini-program.
 *
 * @example
 * const wxml = readOutput('pages/index/index.wxml')
 */
export function readOutput(path: string): string {
  return readFileSync(join(outputDir, path), 'utf8')
}

/**
 * Reads and parses a JSON file of the compiled mini-program.
 *
 * @example
 * const app = readOutputJson<{ pages: string[] }>('app.json')
 */
export function readOutputJson<T>(path: string): T {
  return JSON.parse(readOutput(path)) as T
}

/**
 * Every file below `dir`, as paths relative to it with `/` separators, sorted.
 *
 * @example
 * const scripts = listFiles(outputDir).filter((f) => f.endsWith('.js'))
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/**
 * The WXML start tags of `wxml`, in order, each as its attributes with the tag name under `''`.
 *
 * @example
 * const buttons = wxmlTags(readOutput('pages/index/index.wxml')).filter((tag) => tag[''] === 'button')
 */
export function wxmlTags(wxml: string): Record<string, string>[] {
  return [...wxml.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((tag) => {
    const attrs: Record<string, string> = { '': tag[1] ?? '' }
    for (const attr of (tag[2] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) {
      attrs[attr[1] ?? ''] = attr[2] ?? ''
    }
    return attrs
  })
}

/**
 * The attributes of the first WXML start tag that carries `id="<id>"`, or `undefined` if none does.
 *
 * @example
 * const attrs = wxmlAttributesById(readOutput('pages/profile/index.wxml'), 'avatar-btn')
 * attrs?.['open-type'] // 'chooseAvatar'
 */
export function wxmlAttributesById(wxml: string, id: string): Record<string, string> | undefined {
  return wxmlTags(wxml).find((attrs) => attrs.id === id)
}
