// What an expression of the scanned JavaScript stands for: the host (`wx`), one of its APIs, a manager it made,
// a webpack module, a string… Resolved after every file was read, memoised per node (each node is classified once).
import {
  type Bound,
  lookup,
  memberName,
  type Node,
  propertyKey,
  rootOf,
  type Scope,
  thisProperties,
  unwrap,
} from './jsAst'
import { OBJECT_FACTORIES } from './rules'

/** The names the host object goes by: WeChat's global, uni-app's and Taro's (H27, H28). */
const HOST_GLOBALS = new Set(['wx', 'uni', 'Taro'])

export type Kind =
  | { t: 'host' }
  /** A function of the host: `wx.getLocation`, `const { getLocation } = wx`. */
  | { t: 'api'; name: string }
  /** A manager or context the host made: `wx.getRecorderManager()`. */
  | { t: 'object'; of: string }
  /** A method of such an object: `recorder.start`. */
  | { t: 'method'; of: string; name: string }
  | { t: 'module'; id: string }
  | { t: 'getter'; id: string }
  | { t: 'uni-vendor' }
  | { t: 'string'; value: string }
  /** `this` (or `const that = this`) in one file: its properties are the file's `this.x = …` assignments. */
  | { t: 'this'; root: Scope }
  /** An object literal of the file: `const SCOPE = { CAMERA: 'scope.camera' }`. */
  | { t: 'literal'; node: Node; scope: Scope }

const HOST: Kind = { t: 'host' }
const BUSY = Symbol('busy')

/** Webpack modules seen across the app's files. */
export interface Modules {
  /** Module ids of `@tarojs/taro` (its factory calls `hooks.call("initNativeApi", taro)`). */
  taro: Set<string>
  /** Webpack modules' getter exports: `n.d(e, { $n: function () { return o } })`. */
  exports: Map<string, Map<string, Bound>>
}

/** `@tarojs/taro` by its id: a path (development builds), or a module federation remote (Taro's prebundle). */
const TARO_MODULE_ID = /(^|[/\\])@tarojs[/\\]taro([/\\]index\.js)?$/

export class Classifier {
  private readonly memo = new Map<Node, Kind | undefined | typeof BUSY>()

  constructor(private readonly modules: Modules) {}

  isHost(kind: Kind | undefined): boolean {
    return kind?.t === 'host' || (kind?.t === 'module' && this.isTaro(kind.id))
  }

  private isTaro(id: string): boolean {
    return this.modules.taro.has(id) || TARO_MODULE_ID.test(id)
  }

  /** The name a member expression reads: `wx.x`, `wx['x']`, `wx[NAME]` with `const NAME = 'x'` in the file. */
  memberName(node: Node, scope: Scope): string | undefined {
    const name = memberName(node)
    if (name !== undefined || !node.computed) return name
    const value = this.classify(node.property as Node, scope)
    return value?.t === 'string' ? value.value : undefined
  }

  classify(expr: Node | undefined, scope: Scope): Kind | undefined {
    if (!expr) return undefined
    const node = unwrap(expr)
    const cached = this.memo.get(node)
    if (cached === BUSY) return undefined
    if (cached !== undefined || this.memo.has(node)) return cached
    this.memo.set(node, BUSY)
    const kind = this.compute(node, scope)
    this.memo.set(node, kind)
    return kind
  }

  private first(bound: readonly Bound[]): Kind | undefined {
    for (const item of bound) {
      const kind = this.classify(item.expr, item.scope)
      if (kind) return kind
    }
    return undefined
  }

  private compute(node: Node, scope: Scope): Kind | undefined {
    switch (node.type) {
      case 'Identifier': {
        const name = node.name as string
        const bound = lookup(scope, name)
        if (bound) return this.first(bound)
        return HOST_GLOBALS.has(name) ? HOST : undefined
      }
      case 'ThisExpression':
        return { t: 'this', root: rootOf(scope) }
      case 'ObjectExpression':
        return { t: 'literal', node, scope }
      case 'Literal':
        return typeof node.value === 'string' ? { t: 'string', value: node.value } : undefined
      case 'TemplateLiteral': {
        const quasis = node.quasis as Node[]
        const only = quasis.length === 1 ? (quasis[0]?.value as { cooked?: string } | undefined) : undefined
        return only?.cooked !== undefined ? { t: 'string', value: only.cooked } : undefined
      }
      case 'ConditionalExpression':
        return this.classify(node.consequent as Node, scope) ?? this.classify(node.alternate as Node, scope)
      case 'LogicalExpression':
        return this.classify(node.right as Node, scope) ?? this.classify(node.left as Node, scope)
      case 'AssignmentExpression':
        return this.classify(node.right as Node, scope)
      case 'MemberExpression':
        return this.member(node, scope)
      case 'CallExpression':
        return this.call(node, scope)
      default:
        return undefined
    }
  }

  private member(node: Node, scope: Scope): Kind | undefined {
    const object = this.classify(node.object as Node, scope)
    if (!object) return undefined
    const name = this.memberName(node, scope)
    if (name === undefined) return undefined
    switch (object.t) {
      case 'host':
        return { t: 'api', name }
      case 'object':
        return { t: 'method', of: object.of, name }
      // uni-app's mp-weixin output: `require("../../common/vendor.js").index` is `uni` (H28).
      case 'uni-vendor':
        return name === 'index' ? HOST : undefined
      case 'module': {
        if (this.isTaro(object.id)) return name === 'default' ? object : { t: 'api', name }
        const exported = this.modules.exports.get(object.id)?.get(name)
        return exported ? this.classify(exported.expr, exported.scope) : undefined
      }
      case 'literal': {
        for (const property of object.node.properties as Node[]) {
          if (property.type === 'Property' && propertyKey(property) === name)
            return this.classify(property.value as Node, object.scope)
        }
        return undefined
      }
      case 'this': {
        const assigned = thisProperties(object.root).get(name) ?? []
        return this.first(assigned.filter((item) => this.classify(item.target, item.scope)?.t === 'this'))
      }
      default:
        return undefined
    }
  }

  private call(node: Node, scope: Scope): Kind | undefined {
    const callee = unwrap(node.callee as Node)
    const args = node.arguments as Node[]
    const first = args[0]
    if (callee.type === 'Identifier') {
      if (callee.name === 'require' && first?.type === 'Literal' && typeof first.value === 'string') {
        if (first.value === '@tarojs/taro') return { t: 'module', id: '@tarojs/taro' }
        if (/(^|\/)common\/vendor(\.js)?$/.test(first.value)) return { t: 'uni-vendor' }
        return undefined
      }
      // webpack's require: `n(7551)`, `__webpack_require__("webpack/container/remote/@tarojs/taro")`.
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
      const getter = this.classify(callee, scope)
      if (getter?.t === 'getter') return { t: 'module', id: getter.id }
    }
    const name = memberName(callee)
    if (name === 'n' && args.length === 1) {
      const module = this.classify(first, scope)
      if (module?.t === 'module') return { t: 'getter', id: module.id }
    }
    const fn = this.classify(callee, scope)
    // `wx.getRecorderManager()`, `const { createCameraContext } = wx; createCameraContext()`.
    if (fn?.t === 'api' && OBJECT_FACTORIES[fn.name])
      return { t: 'object', of: OBJECT_FACTORIES[fn.name] as string }
    // Interop wrappers: `_interopRequireDefault(require("@tarojs/taro"))`.
    if (args.length === 1 && callee.type === 'Identifier') {
      const module = this.classify(first, scope)
      if (module?.t === 'module' && this.isTaro(module.id)) return module
    }
    return undefined
  }
}
