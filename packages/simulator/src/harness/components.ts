import { createRequire } from 'node:module'
import type { CommonJsLoader } from './commonjs'
import type { PageInstance, Runtime } from './runtime'

type Definition = Record<string, unknown>
type Constructor = (definition: Definition) => void

/** What a launch learns from the components miniprogram-simulate creates. */
export interface ComponentHooks {
  /** A page or custom component called `setData(data)`; `instance` is its `this`. */
  setData(instance: PageInstance, data: unknown): void
}

interface SimulateUtils {
  runJs(file: string): void
}

interface Installed {
  readonly component: Constructor
  readonly behavior: string
  readonly utils: SimulateUtils
}

const installed = new WeakMap<Runtime, Installed>()
let hooks: ComponentHooks | undefined
/** The component modules this launch evaluated, and the `Component()` definitions each made. */
let modules = new Map<string, Definition[]>()
let recording: Definition[] | undefined

function setup(runtime: Runtime): Installed {
  const existing = installed.get(runtime)
  if (existing) return existing
  const g = globalThis as Record<string, unknown>
  const fromSimulate = createRequire(runtime.require.resolve('miniprogram-simulate'))
  const utils = fromSimulate('./src/utils') as SimulateUtils
  const behavior = (g.Behavior as (definition: object) => string)({
    created(this: PageInstance) {
      const setData = this.setData
      this.setData = (data, callback) => {
        hooks?.setData(this, data)
        setData.call(this, data, callback)
      }
    },
  })
  const entry: Installed = { component: g.Component as Constructor, behavior, utils }
  installed.set(runtime, entry)
  return entry
}

/**
 * Puts the launch's `Component` in place: every page and custom component reports its `setData` calls to
 * `launchHooks`, and a component's module is evaluated by the launch's `loader` once per launch (WeChat evaluates it once per app;
 * miniprogram-simulate evaluates it again for every page that uses it and drops it from the module cache). A
 * page that uses an already evaluated component gets the same `Component()` definitions again.
 */
export function installComponents(
  runtime: Runtime,
  loader: CommonJsLoader,
  launchHooks: ComponentHooks,
): void {
  const { component, behavior, utils } = setup(runtime)
  const g = globalThis as Record<string, unknown>
  hooks = launchHooks
  modules = new Map()
  g.Component = (definition: Definition) => {
    recording?.push(definition)
    const behaviors = Array.isArray(definition.behaviors) ? definition.behaviors : []
    component({ ...definition, behaviors: [behavior, ...behaviors] })
  }
  utils.runJs = (path: string) => {
    const file = loader.resolve(path)
    const known = modules.get(file)
    if (known) {
      for (const definition of known) (g.Component as Constructor)(definition)
      return
    }
    const definitions: Definition[] = []
    modules.set(file, definitions)
    loader.cache.delete(file)
    const outer = recording
    recording = definitions
    try {
      loader.require(file)
    } catch (error) {
      modules.delete(file)
      throw error
    } finally {
      recording = outer
    }
  }
}
