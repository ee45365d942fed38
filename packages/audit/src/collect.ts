import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, sep } from 'node:path'
import { privacyKeyOfApi, type Scope, scopeOfApi, scopes } from '@mp-privacy/core/catalog'
import { SourceMaps } from './locate'
import { appFolder, listSources, type UnbuiltPackage, unbuiltPackages } from './project'
import { type PassedValues, PropertyGates } from './propertyGates'
import { isNpmBuildFile, reachableLibraryFiles } from './reach'
import { COMPONENTS } from './rules'
import { JsScanner } from './scanJs'
import { scanWxml } from './scanWxml'
import type { SourceLocation, Usage } from './types'
import { byPlace } from './usageList'
import { WrapperScanner } from './wrappers'

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
  /**
   * Files read (`ts`: TypeScript sources without compiled JavaScript beside them), files skipped, and files read
   * under `miniprogram_npm/` that nothing of the app reaches (their uses do not count).
   */
  files: { js: number; ts: number; wxml: number; skipped: number; unreachable: number }
  /** Whether the uses found in a file count: `false` for library files the app never reaches. */
  counts: (file: string) => boolean
  /** Files that could not be read or parsed. */
  unparsable: ReadProblem[]
  /** The first call of each file of the app's own code that names its API at run time (`wx[name](…)`). */
  dynamicCalls: { expression: string; location: SourceLocation }[]
  /** Declared npm packages without their `miniprogram_npm` build (native apps). */
  unbuilt: UnbuiltPackage[]
  /**
   * A build whose shape the audit does not know, so that its framework's API calls could not be traced: Taro's
   * runtime (`taro.js`) without any `@tarojs/taro` module the calls go through. Its uses may be missing.
   */
  unrecognised: string | undefined
}

/**
 * Reads every JavaScript, TypeScript and WXML file of the app in `dir` (absolute; a project root is followed to its
 * `miniprogramRoot`) and lists its gated uses, most relevant first. Throws a `TypeError` when `dir` is not a mini
 * program's folder.
 */
export function collectUsages(root: string, projectRoot: string | undefined): Collection {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new TypeError(`${root} is not a folder: build the mini program first, then audit its output folder`)
  }
  const dir = appFolder(root)
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
  const sources = listSources(dir)
  const files = { js: 0, ts: 0, wxml: 0, skipped: 0, unreachable: 0 }
  const all = [...sources.js, ...sources.ts, ...sources.wxml]
  const reachable = reachableLibraryFiles(dir, all)
  const counts = (file: string) => !isNpmBuildFile(dir, file) || reachable.has(file)
  files.unreachable = all.filter((file) => !counts(file)).length
  const unparsable: ReadProblem[] = []
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(file, 'utf8')
    } catch (error) {
      files.skipped++
      unparsable.push({ file, message: error instanceof Error ? error.message : String(error) })
      return undefined
    }
  }
  for (const kind of ['js', 'ts'] as const) {
    for (const file of sources[kind]) {
      const source = read(file)
      if (source === undefined) continue
      if (scanner.add(file, source)) files[kind]++
    }
  }
  for (const file of sources.wxml) {
    const source = read(file)
    if (source === undefined) continue
    files.wxml++
    if (!counts(file)) continue
    for (const hit of scanWxml(source))
      usages.push(usage('component', hit.name, maps.locate(file, source, hit.offset)))
  }
  const mayRun = propertyGated(dir, sources.wxml.filter(counts))
  for (const hit of scanner.finish()) {
    if (!counts(hit.file) || !mayRun(hit.file, hit.source, hit.offset)) continue
    const found = usage(hit.kind, hit.name, maps.locate(hit.file, hit.source, hit.offset))
    usages.push(hit.via ? { ...found, via: hit.via } : found)
  }
  for (const failure of scanner.failures) {
    files.skipped++
    unparsable.push(failure)
  }
  const dynamicCalls = scanner.dynamicCalls
    .filter((call) => !isRuntimeFile(call.file))
    .map((call) => ({
      expression: call.expression,
      location: maps.locate(call.file, call.source, call.offset),
    }))
  usages.sort(byPlace)
  const taroRuntime = join(dir, 'taro.js')
  const unrecognised = existsSync(taroRuntime) && !scanner.seesTaro ? taroRuntime : undefined
  return {
    dir,
    usages,
    files,
    counts,
    unparsable,
    dynamicCalls,
    unbuilt: unbuiltPackages(dir),
    unrecognised,
  }
}

/**
 * Whether a call found in a library component may run: not when it sits behind a comparison of one of the
 * component's properties with a value no usage in the app's `templates` gives ({@link PropertyGates}).
 */
function propertyGated(
  dir: string,
  templates: string[],
): (file: string, source: string, offset: number) => boolean {
  const wrappers = new WrapperScanner(dir)
  const passed = new Map<string, PassedValues>()
  const gates = new PropertyGates(dir, (component, prop) => {
    const key = `${component}\0${prop}`
    let values = passed.get(key)
    if (!values) {
      values = wrappers.passedValues(templates, component, prop)
      passed.set(key, values)
    }
    return values
  })
  return (file, source, offset) => gates.mayRun(file, source, offset)
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

/**
 * Framework runtimes and library code call the host by names from their API tables (`wx[name](…)`): that is how they
 * wrap every API, not a use the app could declare differently.
 */
function isRuntimeFile(file: string): boolean {
  const parts = file.split(sep)
  if (parts.some((part) => ['node_modules', 'miniprogram_npm', 'node-modules', 'prebundle'].includes(part)))
    return true
  const name = basename(file)
  return ['taro.js', 'vendors.js', 'runtime.js', 'vendor.js'].includes(name)
}

function findProjectRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json'))) return current
    if (dirname(current) === current) return dir
  }
}
