import { createRequire } from 'node:module'
import type { PageInstance, Runtime } from './runtime'

type Callback = ((res: object) => void) | undefined
type Options = { success?: Callback; complete?: Callback; [key: string]: unknown }
type AsyncApi = (options?: Options) => Promise<object> | undefined
type SelectorQueryClass = new (scope?: PageInstance) => object

/** What the harness's own `wx` APIs need to know about the launch. */
export interface ExtrasContext {
  readonly runtime: Runtime
  /** The host's base library version (`HarnessHost.baseLibrary`), when it has one. */
  readonly baseLibrary: string | undefined
  /** The page on top of the stack: `wx.createSelectorQuery()` selects in it, as WeChat does. */
  readonly currentPage: () => PageInstance | undefined
}

let selectorQuery: SelectorQueryClass | undefined

function selectorQueryClass(runtime: Runtime): SelectorQueryClass {
  if (selectorQuery) return selectorQuery
  const fromSimulate = createRequire(runtime.require.resolve('miniprogram-simulate'))
  const fromJComponent = createRequire(fromSimulate.resolve('j-component'))
  selectorQuery = fromJComponent('./src/tool/selectorquery') as SelectorQueryClass
  return selectorQuery
}

function withVersion(api: unknown, version: string): AsyncApi {
  const call = api as AsyncApi
  return (options = {}) => {
    const patch = (res: object) => ({ ...res, SDKVersion: version })
    const { success, complete } = options
    if (!success && !complete && typeof options.fail !== 'function') return call(options)?.then(patch)
    return call({
      ...options,
      success: success && ((res) => success(patch(res))),
      complete: complete && ((res) => complete(patch(res))),
    })
  }
}

/**
 * `wx` APIs the harness supplies where miniprogram-simulate's mock is wrong for a launched app; a host's own
 * `wx` still wins over them.
 * - `SDKVersion` of `getAppBaseInfo` / `getSystemInfo*` is the host's base library (the mock says `2.32.3` in
 *   one and `2.32.2` in the other, so version checks pass where the APIs they guard are missing).
 * - `createSelectorQuery()` is exparser's real query on the current page (the mock's `select` and
 *   `selectViewport` return `undefined`, so `.selectViewport().scrollOffset()` throws).
 */
export function harnessApis(context: ExtrasContext): Record<string, unknown> {
  const { runtime, baseLibrary } = context
  const mock = runtime.mockWx
  const apis: Record<string, unknown> = {
    createSelectorQuery: () => {
      const SelectorQuery = selectorQueryClass(runtime)
      return new SelectorQuery(context.currentPage())
    },
  }
  if (baseLibrary !== undefined) {
    const sync = (name: string) => () => {
      const api = mock[name]
      return { ...(typeof api === 'function' ? (api as () => object)() : {}), SDKVersion: baseLibrary }
    }
    apis.getAppBaseInfo = sync('getAppBaseInfo')
    apis.getSystemInfoSync = sync('getSystemInfoSync')
    apis.getSystemInfo = withVersion(mock.getSystemInfo, baseLibrary)
    apis.getSystemInfoAsync = withVersion(mock.getSystemInfoAsync, baseLibrary)
  }
  return apis
}
