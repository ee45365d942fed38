import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { compileFunction } from 'node:vm'

/** A module the loader evaluated: what `module` is inside it. */
interface LoadedModule {
  readonly id: string
  readonly filename: string
  exports: unknown
  loaded: boolean
}

/**
 * Evaluates a compiled mini program's files as CommonJS, the module system WeChat gives them (`require`,
 * `module.exports`, `exports`, `this` = `module.exports`), whatever the nearest package.json says: Node's own
 * loader reads `.js` inside a `"type": "module"` package as an ES module, where compiled code fails.
 */
export interface CommonJsLoader {
  /** Evaluates `file` (an absolute path; `.js`, `.json` and `/index.js` may be left out) unless cached. */
  require(file: string): unknown
  /** The file `request` names, relative to `from` (a file) when it is a path. */
  resolve(request: string, from?: string): string
  /** The evaluated modules by file: delete one to evaluate it again. */
  readonly cache: Map<string, LoadedModule>
}

const isPath = (request: string) =>
  request.startsWith('./') || request.startsWith('../') || request === '.' || isAbsolute(request)

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * A fresh CommonJS loader with its own module cache: paths resolve to the compiled files, other requests
 * (a package name) go to Node's `require` from the requiring file.
 *
 * @example
 * const loader = createCommonJsLoader()
 * loader.require(join(root, 'app.js')) // runs app.js and the files it requires
 */
export function createCommonJsLoader(): CommonJsLoader {
  const cache = new Map<string, LoadedModule>()

  function resolveRequest(request: string, from?: string): string {
    if (!isPath(request)) return createRequire(from ?? join(process.cwd(), 'index.js')).resolve(request)
    const path = resolve(from ? dirname(from) : process.cwd(), request)
    const file = [path, `${path}.js`, `${path}.json`, join(path, 'index.js')].find(isFile)
    if (file) return file
    throw Object.assign(new Error(`Cannot find module '${request}'${from ? ` required by ${from}` : ''}`), {
      code: 'MODULE_NOT_FOUND',
    })
  }

  function requireFrom(from: string) {
    const require = (request: string): unknown =>
      isPath(request) ? load(resolveRequest(request, from)) : createRequire(from)(request)
    return Object.assign(require, { resolve: (request: string) => resolveRequest(request, from) })
  }

  function load(file: string): unknown {
    const cached = cache.get(file)
    if (cached) return cached.exports
    const module: LoadedModule = { id: file, filename: file, exports: {}, loaded: false }
    cache.set(file, module)
    try {
      if (file.endsWith('.json')) {
        module.exports = JSON.parse(readFileSync(file, 'utf8'))
      } else {
        const params = ['exports', 'require', 'module', '__filename', '__dirname']
        const evaluate = compileFunction(readFileSync(file, 'utf8'), params, { filename: file })
        evaluate.call(module.exports, module.exports, requireFrom(file), module, file, dirname(file))
      }
    } catch (error) {
      cache.delete(file)
      throw error
    }
    module.loaded = true
    return module.exports
  }

  return { require: (file) => load(resolveRequest(file)), resolve: resolveRequest, cache }
}
