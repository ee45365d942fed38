import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { privacyKeyOfApi, type Scope, scopeOfApi, scopes } from '@mp-privacy/core/catalog'
import { SourceMaps } from './locate'
import { COMPONENTS } from './rules'
import { JsScanner } from './scan-js'
import { scanWxml } from './scan-wxml'
import type { SourceLocation, Usage } from './types'

/** A file the audit could not use: its uses, if any, are missing from the result. */
export interface ReadProblem {
  file: string
  message: string
}

/** What the audit found in an app's files, before comparing it with the declaration. */
export interface Collection {
  /** The app folder (absolute, holds app.json or ext.json). */
  dir: string
  usages: Usage[]
  /** Files read. */
  files: { js: number; wxml: number }
  /** Files that could not be read or parsed. */
  unparsable: ReadProblem[]
}

/**
 * Reads every JavaScript and WXML file of the app in `dir` (absolute) and lists its gated uses, most relevant first.
 * Throws a `TypeError` when `dir` is not a mini program's folder.
 */
export function collectUsages(dir: string, projectRoot: string | undefined): Collection {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new TypeError(`${dir} is not a folder: build the mini program first, then audit its output folder`)
  }
  if (!existsSync(join(dir, 'app.json')) && !existsSync(join(dir, 'ext.json'))) {
    throw new TypeError(
      `${dir} has no app.json: audit the compiled mini program (Taro: dist/, uni-app: dist/build/mp-weixin/), after its build finished`,
    )
  }
  const maps = new SourceMaps(projectRoot ?? findProjectRoot(dir))
  const scanner = new JsScanner()
  const usages: Usage[] = []
  const files = { js: 0, wxml: 0 }
  for (const file of listFiles(dir)) {
    if (file.endsWith('.js')) {
      files.js++
      scanner.add(file, readFileSync(file, 'utf8'))
    } else if (file.endsWith('.wxml')) {
      files.wxml++
      const source = readFileSync(file, 'utf8')
      for (const hit of scanWxml(source))
        usages.push(usage('component', hit.name, maps.locate(file, source, hit.offset)))
    }
  }
  for (const hit of scanner.finish())
    usages.push(usage(hit.kind, hit.name, maps.locate(hit.file, hit.source, hit.offset)))
  usages.sort(byRelevance)
  return { dir, usages, files, unparsable: [...scanner.failures] }
}

function usage(kind: Usage['kind'], name: string, location: SourceLocation): Usage {
  if (kind === 'component') {
    const keys = COMPONENTS.find((component) => component.name === name)?.keys ?? []
    const scope = (Object.keys(scopes) as Scope[]).find((id) => scopes[id].components.includes(name))
    return { kind, name, privacyKeys: [...keys], scope, location }
  }
  if (kind === 'scope') {
    const info = (scopes as Record<string, (typeof scopes)[Scope] | undefined>)[name]
    return {
      kind,
      name,
      privacyKeys: info?.privacyKey ? [info.privacyKey] : [],
      scope: info?.scope,
      location,
    }
  }
  const key = privacyKeyOfApi(name)
  return { kind, name, privacyKeys: key ? [key] : [], scope: scopeOfApi(name), location }
}

/** Taro's generic templates say little about where a component is used: list them after everything else. */
const GENERIC_TEMPLATES = new Set(['base.wxml', 'comp.wxml', 'custom-wrapper.wxml'])

function byRelevance(a: Usage, b: Usage): number {
  const rank = (item: Usage) => (GENERIC_TEMPLATES.has(basename(item.location.file)) ? 1 : 0)
  return (
    rank(a) - rank(b) ||
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  )
}

function listFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(path))
    else if (entry.isFile() && (entry.name.endsWith('.js') || entry.name.endsWith('.wxml'))) files.push(path)
  }
  return files.sort()
}

function findProjectRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json'))) return current
    if (dirname(current) === current) return dir
  }
}
