import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppPermission } from '../appConfig'

/** The fields of a compiled app's app.json (merged with its ext.json) the harness uses. */
export interface AppJson {
  pages?: string[]
  entryPagePath?: string
  tabBar?: { list?: Array<{ pagePath: string }> }
  subpackages?: Array<{ root: string; pages: string[] }>
  subPackages?: Array<{ root: string; pages: string[] }>
  requiredPrivateInfos?: string[]
  permission?: AppPermission
}

type Json = Record<string, unknown>

/** ext.json fields that configure the third-party platform itself, not the app. */
const extOnly = new Set(['extEnable', 'extAppid', 'directCommit', 'ext', 'extPages'])

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** WeChat's merge rule for ext.json: arrays (`pages`, `tabBar.list`, …) replace, objects merge key by key. */
function merge(base: Json, override: Json): Json {
  const result: Json = { ...base }
  for (const [key, value] of Object.entries(override)) {
    const current = result[key]
    result[key] = isObject(current) && isObject(value) ? merge(current, value) : value
  }
  return result
}

function readJson(path: string): Json {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new TypeError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (!isObject(parsed)) throw new TypeError(`${path} must hold a JSON object.`)
  return parsed
}

/**
 * The app's configuration as WeChat reads it: app.json, overridden by ext.json when that file is present with
 * `extEnable: true` (third-party platform apps; its `ext`, `extPages` and platform fields are not app.json's).
 */
export function readAppJson(root: string): AppJson {
  const appJson = readJson(join(root, 'app.json'))
  const extPath = join(root, 'ext.json')
  if (!existsSync(extPath)) return appJson as AppJson
  const extJson = readJson(extPath)
  if (extJson.extEnable !== true) return appJson as AppJson
  const override = Object.fromEntries(Object.entries(extJson).filter(([key]) => !extOnly.has(key)))
  return merge(appJson, override) as AppJson
}

/** A page url (`'/pages/a/index?x=1'`) as a route and its query. */
export function route(url: string): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?', 2)
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const [key = '', value = ''] = pair.split('=', 2)
    query[key] = value
  }
  return { route: path.replace(/^\/+/, '').replace(/\.js$/, ''), query }
}
