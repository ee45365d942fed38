/**
 * Runs code that imports `@tarojs/taro` in Vitest or Jest (Node or jsdom) against a simulated WeChat.
 *
 * `@tarojs/taro` only runs inside a Taro build: its runtime reads constants that Taro's bundler defines
 * (`ENABLE_INNER_HTML`, …) and its weapp API surface (`Taro.getLocation`, `Taro.authorize`, …) is wired to `wx`
 * by `@tarojs/plugin-platform-weapp` when the app starts. Importing this module defines those constants (list it
 * in `setupFiles`, so it runs before your code imports Taro); {@link installTaro} then wires Taro's weapp APIs to
 * a host such as a `WechatSimulator`, exactly as a weapp build does. Taro components and page hooks need the
 * real mini-program runtime: test pages on the compiled app with `@mp-privacy/simulator/harness`.
 * @module
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The constants Taro's bundler defines for its runtime, with a weapp build's defaults. */
const buildConstants: Record<string, boolean> = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: false,
  ENABLE_SIZE_APIS: false,
  ENABLE_TEMPLATE_CONTENT: false,
  ENABLE_CLONE_NODE: false,
  ENABLE_CONTAINS: false,
  ENABLE_MUTATION_OBSERVER: false,
}

const g = globalThis as Record<string, unknown>
for (const [name, value] of Object.entries(buildConstants)) {
  if (!(name in g)) g[name] = value
}
process.env.TARO_ENV ??= 'weapp'
process.env.TARO_PLATFORM ??= 'mini'

/**
 * The object `@tarojs/taro` exports: its API functions by name.
 *
 * @example
 * const Taro: TaroApis = await installTaro(sim)
 * await Taro.getClipboardData()
 */
export type TaroApis = Record<string, unknown>

/**
 * Options of {@link installTaro}.
 *
 * @example
 * await installTaro(sim, { root: fileURLToPath(new URL('..', import.meta.url)) })
 */
export interface InstallTaroOptions {
  /** The project whose `@tarojs/taro` and `@tarojs/plugin-platform-weapp` to use. Default: `process.cwd()`. */
  root?: string
}

/**
 * Makes `host.wx` the global `wx` and wires `@tarojs/taro`'s weapp APIs to it, as a weapp build does at start-up:
 * afterwards `Taro.getLocation()`, `Taro.authorize()`… in the code under test call the host, with Taro's own
 * promise wrapping. Call it again with a new host in each test. Needs `@tarojs/taro` and
 * `@tarojs/plugin-platform-weapp` installed in the project (a Taro app has both), and this module in
 * `setupFiles`.
 *
 * @returns the `@tarojs/taro` module the code under test imports (the same instance)
 * @example
 * // vitest.config.ts: test: { setupFiles: ['@mp-privacy/simulator/taro'] }
 * import { createWechatSimulator } from '@mp-privacy/simulator'
 * import { installTaro } from '@mp-privacy/simulator/taro'
 *
 * test('returns null when the user refuses', async () => {
 *   const sim = createWechatSimulator({ officialPopup: 'disagree' })
 *   await installTaro(sim)
 *   expect(await locate()).toBeNull() // locate() calls Taro.getLocation()
 * })
 */
export async function installTaro(
  host: { readonly wx: object },
  options: InstallTaroOptions = {},
): Promise<TaroApis> {
  const require = createRequire(join(options.root ?? process.cwd(), 'package.json'))
  // Import, not require: the weapp plugin's runtime is an ES module.
  const load = async (name: string): Promise<unknown> => {
    try {
      return await import(pathToFileURL(require.resolve(name)).href)
    } catch (error) {
      throw new Error(
        `installTaro could not load ${name} from ${options.root ?? process.cwd()}: install it in the project (a Taro app has it) or pass \`root\`. (${(error as Error).message})`,
      )
    }
  }
  g.wx = host.wx
  g.getCurrentPages ??= () => []
  g.getApp ??= () => ({})
  const taroModule = (await load('@tarojs/taro')) as TaroApis & { default?: TaroApis }
  const taro = taroModule.default ?? taroModule
  const platform = (await load('@tarojs/plugin-platform-weapp/dist/runtime-utils')) as {
    initNativeApi?: (taro: TaroApis) => void
  }
  if (typeof platform.initNativeApi !== 'function') {
    throw new Error(
      'installTaro: @tarojs/plugin-platform-weapp has no initNativeApi; use Taro 4 (tested with 4.2.1).',
    )
  }
  platform.initNativeApi(taro)
  return taro
}
