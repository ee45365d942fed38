// The Node entry by path: under a `browser` condition (a jsdom test, a bundler) the package would pick its WASM build.
import { parseSync, visitorKeys } from 'oxc-parser/src-js/index.js'
import {
  type Bound,
  bind,
  lookup,
  lookupScope,
  memberName,
  type Node,
  propertyKey,
  returnedExpression,
  rootOf,
  type Scope,
  unwrap,
} from './js-ast'
import { COMPONENTS, HOST_APIS, OBJECT_FACTORIES, VARIANT_ATTRIBUTE } from './rules'

/** A call or a render call found in one file, resolved once every file has been read (webpack chunks cross files). */
interface Pending {
  node: Node
  scope: Scope
  file: JsFile
  render: boolean
}

interface JsFile {
  file: string
  source: string
}

/** A use found in JavaScript, at an offset of its file. */
export interface JsHit {
  kind: 'api' | 'component' | 'scope'
  name: string
  file: string
  source: string
  offset: number
}

/** The names the host object goes by: WeChat's global, uni-app's and Taro's (H27, H28). */
const HOST_GLOBALS = new Set(['wx', 'uni', 'Taro'])
const RENDER_CALLEES = new Set(['jsx', 'jsxs', 'jsxDEV', '_jsx', '_jsxs', 'createElement'])
const MAX_DEPTH = 12

type Kind =
  | { t: 'host' }
  | { t: 'module'; id: string }
  | { t: 'getter'; id: string }
  | { t: 'uni-vendor' }
  | { t: 'object'; of: string }
  | { t: 'string'; value: string }

const HOST: Kind = { t: 'host' }

/**
 * Finds call sites of gated APIs and gated components in render code, across the JavaScript files of one app.
 * Names alone never count: `wx.getLocation(...)` does, the string `"getLocation"` in a runtime's API table does not.
 */
export class JsScanner {
  private readonly pending: Pending[] = []
  /** Webpack module ids of `@tarojs/taro` (its factory calls `hooks.call("initNativeApi", taro)`). */
  private readonly taroModules = new Set<string>(['@tarojs/taro'])
  /** Webpack modules' getter exports: `n.d(e, { $n: function () { return o } })`. */
  private readonly moduleExports = new Map<string, Map<string, Bound>>()
  readonly failures: { file: string; message: string }[] = []

  add(file: string, source: string): void {
    // Most files of an app use nothing gated: skip the parse when no gated name appears at all.
    if (!mentionsGated(source)) return
    const result = parseSync(file, source, { sourceType: 'unambiguous', lang: 'js', preserveParens: false })
    const fatal = result.errors.find((error) => error.severity === 'Error')
    if (fatal && result.program.body.length === 0) {
      this.failures.push({ file, message: fatal.message })
      return
    }
    const root: Scope = { parent: undefined, bindings: new Map(), moduleId: undefined }
    this.walk(result.program as unknown as Node, root, { file, source })
  }

  /** Resolves every call found so far into hits. */
  finish(): JsHit[] {
    const hits: JsHit[] = []
    for (const item of this.pending) {
      if (item.render) this.resolveRender(item, hits)
      else this.resolveCall(item, hits)
    }
    return hits
  }

  private walk(node: Node, scope: Scope, file: JsFile): void {
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const inner: Scope = { parent: scope, bindings: new Map(), moduleId: undefined }
        for (const param of (node.params as Node[]) ?? []) {
          if (param.type === 'Identifier') inner.bindings.set(param.name as string, [])
        }
        const body = node.body as Node | undefined
        if (body) this.walk(body, inner, file)
        return
      }
      case 'Property': {
        // `{ 7551: function (t, e, n) { … } }`: a webpack module factory; remember its id for the scope inside.
        const value = unwrap(node.value as Node)
        const key = node.key as Node
        if (
          (value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression') &&
          !node.computed
        ) {
          const id = key.type === 'Literal' ? String(key.value) : undefined
          if (id !== undefined) {
            const inner: Scope = { parent: scope, bindings: new Map(), moduleId: id }
            if (/[/\\]@tarojs[/\\]taro[/\\]index\.js$/.test(id)) this.taroModules.add(id)
            for (const param of (value.params as Node[]) ?? []) {
              if (param.type === 'Identifier') inner.bindings.set(param.name as string, [])
            }
            this.walk(value.body as Node, inner, file)
            return
          }
        }
        break
      }
      case 'VariableDeclarator': {
        const id = node.id as Node
        const init = node.init as Node | null
        if (id.type === 'Identifier' && init) bind(scope, id.name as string, { expr: init, scope })
        break
      }
      case 'AssignmentExpression': {
        const left = node.left as Node
        if (node.operator === '=' && left.type === 'Identifier') {
          const name = left.name as string
          const owner = lookupScope(scope, name) ?? rootOf(scope)
          bind(owner, name, { expr: node.right as Node, scope })
        }
        break
      }
      case 'CallExpression': {
        this.noteCall(node, scope, file)
        break
      }
    }
    const keys = visitorKeys[node.type]
    if (!keys) return
    for (const key of keys) {
      const child = node[key] as Node | Node[] | null | undefined
      if (!child) continue
      if (Array.isArray(child)) {
        for (const item of child) if (item) this.walk(item, scope, file)
      } else if (typeof child.type === 'string') this.walk(child, scope, file)
    }
  }

  private noteCall(node: Node, scope: Scope, file: JsFile): void {
    const callee = unwrap(node.callee as Node)
    const args = node.arguments as Node[]
    const name = memberName(callee) ?? (callee.type === 'Identifier' ? (callee.name as string) : undefined)
    if (name === undefined) return
    if (HOST_APIS.has(name) || name === 'authorize' || name === 'start' || name === 'moveToLocation') {
      this.pending.push({ node, scope, file, render: false })
    } else if (RENDER_CALLEES.has(name) && args.length >= 2 && args[1]?.type === 'ObjectExpression') {
      this.pending.push({ node, scope, file, render: true })
    } else if (name === 'call' && scope.moduleId !== undefined) {
      // @tarojs/taro's index: `hooks.call('initNativeApi', taro); module.exports = taro`.
      const first = args[0]
      if (first?.type === 'Literal' && first.value === 'initNativeApi') this.taroModules.add(scope.moduleId)
    } else if (name === 'd' && scope.moduleId !== undefined && args[1]?.type === 'ObjectExpression') {
      this.noteExports(scope, args[1])
    }
  }

  /** `n.d(e, { $n: function () { return o } })`: webpack's getters for a module's exports. */
  private noteExports(scope: Scope, object: Node): void {
    const id = scope.moduleId as string
    let exports = this.moduleExports.get(id)
    if (!exports) {
      exports = new Map()
      this.moduleExports.set(id, exports)
    }
    for (const property of object.properties as Node[]) {
      if (property.type !== 'Property') continue
      const key = propertyKey(property)
      const value = property.value as Node
      if (key === undefined) continue
      const returned = returnedExpression(value)
      if (returned) exports.set(key, { expr: returned, scope })
    }
  }

  private classify(expr: Node | undefined, scope: Scope, depth = 0): Kind | undefined {
    if (!expr || depth > MAX_DEPTH) return undefined
    const node = unwrap(expr)
    switch (node.type) {
      case 'Identifier': {
        const name = node.name as string
        const bound = lookup(scope, name)
        if (bound && bound.length > 0) {
          for (const item of bound) {
            const kind = this.classify(item.expr, item.scope, depth + 1)
            if (kind) return kind
          }
          return undefined
        }
        return HOST_GLOBALS.has(name) ? HOST : undefined
      }
      case 'Literal':
        return typeof node.value === 'string' ? { t: 'string', value: node.value } : undefined
      case 'TemplateLiteral': {
        const quasis = node.quasis as Node[]
        const only = quasis.length === 1 ? (quasis[0]?.value as { cooked?: string } | undefined) : undefined
        return only?.cooked !== undefined ? { t: 'string', value: only.cooked } : undefined
      }
      case 'ConditionalExpression':
        return (
          this.classify(node.consequent as Node, scope, depth + 1) ??
          this.classify(node.alternate as Node, scope, depth + 1)
        )
      case 'LogicalExpression':
        return (
          this.classify(node.right as Node, scope, depth + 1) ??
          this.classify(node.left as Node, scope, depth + 1)
        )
      case 'AssignmentExpression':
        return this.classify(node.right as Node, scope, depth + 1)
      case 'MemberExpression': {
        const name = memberName(node)
        if (name === undefined) return undefined
        const object = this.classify(node.object as Node, scope, depth + 1)
        if (!object) return undefined
        // uni-app's mp-weixin output: `require("../../common/vendor.js").index` is `uni` (H28).
        if (object.t === 'uni-vendor') return name === 'index' ? HOST : undefined
        if (object.t === 'module') {
          if (name === 'default' && this.taroModules.has(object.id)) return object
          const exported = this.moduleExports.get(object.id)?.get(name)
          if (exported) return this.classify(exported.expr, exported.scope, depth + 1)
          return undefined
        }
        return undefined
      }
      case 'CallExpression': {
        const callee = unwrap(node.callee as Node)
        const args = node.arguments as Node[]
        const first = args[0]
        if (callee.type === 'Identifier') {
          if (callee.name === 'require' && first?.type === 'Literal' && typeof first.value === 'string') {
            if (first.value === '@tarojs/taro') return { t: 'module', id: '@tarojs/taro' }
            if (/(^|\/)common\/vendor(\.js)?$/.test(first.value)) return { t: 'uni-vendor' }
            return undefined
          }
          // webpack's require: `n(7551)`.
          if (
            args.length === 1 &&
            first?.type === 'Literal' &&
            typeof first.value !== 'boolean' &&
            first.value !== null
          ) {
            return { t: 'module', id: String(first.value) }
          }
        }
        if (args.length === 0) {
          // `o()` where `o = n.n(r)`: webpack's default-export getter gives the CommonJS module itself.
          const getter = this.classify(callee, scope, depth + 1)
          if (getter?.t === 'getter') return { t: 'module', id: getter.id }
        }
        const name = memberName(callee)
        if (name === 'n' && args.length === 1) {
          const module = this.classify(first, scope, depth + 1)
          if (module?.t === 'module') return { t: 'getter', id: module.id }
        }
        if (name !== undefined && OBJECT_FACTORIES[name] && callee.type === 'MemberExpression') {
          if (this.isHost(this.classify(callee.object as Node, scope, depth + 1))) {
            return { t: 'object', of: OBJECT_FACTORIES[name] as string }
          }
        }
        // Interop wrappers: `_interopRequireDefault(require("@tarojs/taro"))`.
        if (args.length === 1 && callee.type === 'Identifier') {
          const module = this.classify(first, scope, depth + 1)
          if (module?.t === 'module' && this.taroModules.has(module.id)) return module
        }
        return undefined
      }
      default:
        return undefined
    }
  }

  private isHost(kind: Kind | undefined): boolean {
    return kind?.t === 'host' || (kind?.t === 'module' && this.taroModules.has(kind.id))
  }

  private resolveCall(item: Pending, hits: JsHit[]): void {
    const { node, scope, file } = item
    const callee = unwrap(node.callee as Node)
    if (callee.type !== 'MemberExpression') return
    const name = memberName(callee)
    if (name === undefined) return
    const receiver = this.classify(callee.object as Node, scope)
    const at = (callee.property as Node).start
    if (receiver?.t === 'object') {
      const full = `${receiver.of}.${name}`
      if (HOST_APIS.has(full))
        hits.push({ kind: 'api', name: full, file: file.file, source: file.source, offset: at })
      return
    }
    if (!this.isHost(receiver)) return
    if (name === 'authorize') {
      const scopeName = this.scopeArgument(node, scope)
      if (scopeName)
        hits.push({ kind: 'scope', name: scopeName, file: file.file, source: file.source, offset: at })
      return
    }
    if (HOST_APIS.has(name))
      hits.push({ kind: 'api', name, file: file.file, source: file.source, offset: at })
  }

  /** `authorize({ scope: 'scope.camera' })` → `'scope.camera'`. */
  private scopeArgument(node: Node, scope: Scope): string | undefined {
    const options = (node.arguments as Node[])[0]
    if (options?.type !== 'ObjectExpression') return undefined
    for (const property of options.properties as Node[]) {
      if (property.type !== 'Property' || propertyKey(property) !== 'scope') continue
      const value = this.classify(property.value as Node, scope)
      if (value?.t === 'string' && value.value.startsWith('scope.')) return value.value
    }
    return undefined
  }

  /** `jsx(Button, { openType: "getPhoneNumber" })`, `jsx(r.Camera, {...})`: gated components in render code. */
  private resolveRender(item: Pending, hits: JsHit[]): void {
    const { node, scope, file } = item
    const [tagExpr, props] = node.arguments as [Node, Node]
    const tag = this.tagOf(tagExpr, scope)
    const values = new Map<string, { value: string; at: number }>()
    for (const property of props.properties as Node[]) {
      if (property.type !== 'Property') continue
      const key = propertyKey(property)
      const value = unwrap(property.value as Node)
      if (key !== undefined && value.type === 'Literal' && typeof value.value === 'string') {
        values.set(key, { value: value.value, at: value.start })
      }
    }
    for (const component of COMPONENTS) {
      if (component.value === undefined) {
        if (tag === component.tag) {
          hits.push({
            kind: 'component',
            name: component.name,
            file: file.file,
            source: file.source,
            offset: tagExpr.start,
          })
        }
        continue
      }
      // A tag we could not name still counts when the prop is unambiguous (only <button> has openType).
      if (tag !== undefined && tag !== component.tag) continue
      const attribute = VARIANT_ATTRIBUTE[component.tag]
      const prop = attribute ? values.get(attribute.prop) : undefined
      if (!prop) continue
      if (tag === undefined && component.tag !== 'button') continue
      if (prop.value.split('|').includes(component.value)) {
        hits.push({
          kind: 'component',
          name: component.name,
          file: file.file,
          source: file.source,
          offset: prop.at,
        })
      }
    }
  }

  private tagOf(expr: Node, scope: Scope): string | undefined {
    const kind = this.classify(expr, scope)
    if (kind?.t === 'string') return kind.value
    // Unminified builds keep the export name: `_tarojs_components.LivePusher` → `live-pusher`.
    const node = unwrap(expr)
    const name =
      node.type === 'MemberExpression'
        ? memberName(node)
        : node.type === 'Identifier'
          ? (node.name as string)
          : undefined
    if (name && /^[A-Z][A-Za-z]+$/.test(name))
      return name.replace(/[a-z][A-Z]/g, (m) => `${m[0]}-${m[1]}`).toLowerCase()
    return undefined
  }
}

const GATED_WORDS = new RegExp(
  [
    ...[...HOST_APIS].filter((api) => !api.includes('.')),
    ...Object.keys(OBJECT_FACTORIES),
    ...COMPONENTS.map((component) => component.value ?? component.tag),
    'authorize',
    'initNativeApi',
    'Camera',
    'LivePusher',
    'VoipRoom',
  ].join('|'),
)

function mentionsGated(source: string): boolean {
  return GATED_WORDS.test(source)
}
