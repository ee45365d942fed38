// The Node entry by path: under a `browser` condition (a jsdom test, a bundler) the package would pick its WASM build.
import { parseSync, visitorKeys } from 'oxc-parser/src-js/index.js'
import {
  bind,
  lookup,
  lookupScope,
  memberName,
  type Node,
  newScope,
  propertyKey,
  returnedExpression,
  rootOf,
  type Scope,
  thisProperties,
  unwrap,
} from './jsAst'
import { callUses, mayBeStored, offsetOf, storedUse } from './jsCalls'
import { Classifier, type Modules } from './jsClassify'
import { NATIVE_TAGS, propName, RENDER_CALLEES, renderHits, renderProps, VARIANT_PROPS } from './jsRender'
import { RenderWrappers } from './jsWrappers'
import { COMPONENTS, HOST_APIS, OBJECT_FACTORIES } from './rules'

/** A call found in one file, resolved once every file has been read (webpack chunks cross files). */
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
  /** For a gated element used through a wrapper component: the wrapper's name, when the build kept it. */
  via?: string | undefined
}

/** A call on the host whose API name is built at run time (`wx[name](…)`): the first one of a file. */
export interface JsDynamicCall {
  /** The callee as written, e.g. `wx[name]`. */
  expression: string
  file: string
  source: string
  offset: number
}

/**
 * Finds call sites of gated APIs and gated components in render code, across the JavaScript (or TypeScript) files of
 * one app. Names alone never count: `wx.getLocation(...)` does, the string `"getLocation"` in a runtime's API table
 * does not, nor does an existence check (`if (wx.getUserProfile)`).
 */
export class JsScanner {
  private readonly pending: Pending[] = []
  /** Object properties whose value may be a gated API (`{ locate: wx.getLocation }`). */
  private readonly stored: Pending[] = []
  private readonly modules: Modules = { taro: new Set(['@tarojs/taro']), exports: new Map() }
  /** The scope inside each function, for the host passed to it as an argument (`sdk(wx)`). */
  private readonly functionScopes = new Map<Node, Scope>()
  /** Functions given as `setup` of Vue component options: the props are their first parameter. */
  private readonly vueSetups = new Set<Node>()
  readonly failures: { file: string; message: string }[] = []
  /** Files that call the host with a name built at run time. */
  readonly dynamicCalls: JsDynamicCall[] = []
  private taroModuleSeen = false

  /** Whether the files read contain `@tarojs/taro` as a module Taro's calls can be traced to. */
  get seesTaro(): boolean {
    return this.taroModuleSeen || this.modules.taro.size > 1
  }

  /** Reads one file; `false` when it could not be parsed (see {@link failures}). */
  add(file: string, source: string): boolean {
    // Development builds name webpack modules by path; Taro's prebundle by its remote (`…/@tarojs/taro`).
    if (!this.taroModuleSeen && /@tarojs[/\\]taro(?:[/\\]index\.js)?["']/.test(source))
      this.taroModuleSeen = true
    // Most files of an app use nothing gated: skip the parse when no gated name appears at all.
    if (!mentionsGated(source)) return true
    const lang = /\.tsx?$/.test(file) ? (file.endsWith('x') ? 'tsx' : 'ts') : 'js'
    const result = parseSync(file, source, { sourceType: 'unambiguous', lang, preserveParens: false })
    const fatal = result.errors.find((error) => error.severity === 'Error')
    if (fatal && result.program.body.length === 0) {
      this.failures.push({ file, message: fatal.message })
      return false
    }
    this.walk(result.program as unknown as Node, newScope(undefined), { file, source })
    return true
  }

  /** Resolves every call found so far into hits. */
  finish(): JsHit[] {
    for (const item of this.pending) if (!item.render) this.linkArguments(item)
    const classifier = new Classifier(this.modules)
    const hits: JsHit[] = []
    const dynamic = new Set<string>()
    for (const item of this.pending) {
      const { file, source } = item.file
      if (item.render) {
        for (const hit of renderHits(classifier, item.node, item.scope))
          hits.push({ kind: 'component', name: hit.name, file, source, offset: hit.offset, via: hit.via })
        continue
      }
      const { uses, dynamic: callee } = callUses(classifier, item.node, item.scope)
      for (const use of uses) hits.push({ ...use, file, source })
      if (callee && !dynamic.has(file)) {
        dynamic.add(file)
        const expression = source.slice(callee.start, Math.min(callee.end, callee.start + 60))
        this.dynamicCalls.push({ expression, file, source, offset: offsetOf(callee) })
      }
    }
    for (const item of this.stored) {
      const use = storedUse(classifier, item.node, item.scope)
      if (use) hits.push({ ...use, file: item.file.file, source: item.file.source })
    }
    const wrappers = new RenderWrappers(classifier, this.modules, this.functionScopes, this.vueSetups)
    // A render call jsRender already counted (a tag it could not name, or named like a native one) gets the
    // wrapper's name; it is not counted twice.
    const counted = new Map(hits.map((hit) => [`${hit.file}\0${hit.offset}\0${hit.name}`, hit]))
    for (const hit of wrappers.hits(this.pending.filter((item) => item.render))) {
      const { file, source } = hit.call.file
      const known = counted.get(`${file}\0${hit.offset}\0${hit.name}`)
      if (known) known.via ??= hit.via
      else hits.push({ kind: 'component', name: hit.name, file, source, offset: hit.offset, via: hit.via })
    }
    return hits
  }

  private walk(node: Node, scope: Scope, file: JsFile): void {
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const id = node.id as Node | null | undefined
        if (node.type === 'FunctionDeclaration' && id?.type === 'Identifier')
          bind(scope, id.name as string, { expr: node, scope })
        this.walkFunction(node, newScope(scope), file)
        return
      }
      case 'ClassDeclaration': {
        const id = node.id as Node | null
        if (id?.type === 'Identifier') bind(scope, id.name as string, { expr: node, scope })
        break
      }
      case 'Property': {
        // `{ 7551: function (t, e, n) { … } }`: a webpack module factory; remember its id for the scope inside.
        const value = unwrap(node.value as Node)
        const key = node.key as Node
        const isFunction = value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression'
        if (mayBeStored(value)) this.stored.push({ node: value, scope, file, render: false })
        if (isFunction && propertyKey(node) === 'setup') this.vueSetups.add(value)
        if (isFunction && !node.computed && key.type === 'Literal') {
          const id = String(key.value)
          if (/[/\\]@tarojs[/\\]taro[/\\]index\.js$/.test(id)) this.modules.taro.add(id)
          this.walkFunction(value, newScope(scope, id), file)
          return
        }
        break
      }
      case 'VariableDeclarator': {
        const id = node.id as Node
        const init = node.init as Node | null
        if (init) this.bindPattern(id, init, scope)
        break
      }
      case 'AssignmentExpression': {
        const left = node.left as Node
        if (node.operator !== '=') break
        if (left.type === 'Identifier') {
          const name = left.name as string
          bind(lookupScope(scope, name) ?? rootOf(scope), name, { expr: node.right as Node, scope })
        } else if (left.type === 'MemberExpression') {
          // `this.recorder = wx.getRecorderManager()`: kept by name for the file's `this.recorder.start()`.
          const name = memberName(left)
          if (name !== undefined) {
            const members = thisProperties(rootOf(scope))
            const entry = { target: left.object as Node, expr: node.right as Node, scope }
            const list = members.get(name)
            if (list) list.push(entry)
            else members.set(name, [entry])
          }
        }
        break
      }
      case 'CallExpression':
      case 'NewExpression':
        this.noteCall(node, scope, file)
        break
    }
    this.walkChildren(node, scope, file)
  }

  private walkChildren(node: Node, scope: Scope, file: JsFile): void {
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

  private walkFunction(fn: Node, inner: Scope, file: JsFile): void {
    this.functionScopes.set(fn, inner)
    for (const param of (fn.params as Node[]) ?? []) {
      if (param.type === 'Identifier') {
        inner.bindings.set(param.name as string, [])
        inner.params ??= new Set()
        inner.params.add(param.name as string)
      } else this.walk(param, inner, file)
    }
    const body = fn.body as Node | undefined
    if (body) this.walk(body, inner, file)
  }

  /** `const w = wx`, `const { getLocation, chooseImage: pick } = wx`. */
  private bindPattern(id: Node, init: Node, scope: Scope): void {
    if (id.type === 'Identifier') {
      bind(scope, id.name as string, { expr: init, scope })
      return
    }
    if (id.type !== 'ObjectPattern') return
    for (const property of id.properties as Node[]) {
      if (property.type !== 'Property') continue
      const key = propertyKey(property)
      let value = property.value as Node
      if (value.type === 'AssignmentPattern') value = value.left as Node
      if (key === undefined || value.type !== 'Identifier') continue
      const read: Node = {
        type: 'MemberExpression',
        start: property.start,
        end: property.end,
        object: init,
        property: { type: 'Identifier', name: key, start: property.start, end: property.end },
        computed: false,
      }
      bind(scope, value.name as string, { expr: read, scope })
    }
  }

  private noteCall(node: Node, scope: Scope, file: JsFile): void {
    const callee = unwrap(node.callee as Node)
    const args = node.arguments as Node[]
    const name = memberName(callee) ?? (callee.type === 'Identifier' ? (callee.name as string) : undefined)
    if (node.type === 'CallExpression' && name !== undefined && RENDER_CALLEES.has(name)) {
      if (args.length >= 2 && renderProps(args[1], scope))
        this.pending.push({ node, scope, file, render: true })
      return
    }
    // Vue's render helpers (createElementVNode, createElementBlock, createVNode, createBlock), minified to any name
    // in production: known by their shape, a tag and props naming a native element's gated attribute or given to
    // a native element. Still read as a call too.
    if (node.type === 'CallExpression' && isVueRenderShape(args, scope))
      this.pending.push({ node, scope, file, render: true })
    if (name === 'call' && scope.moduleId !== undefined) {
      // @tarojs/taro's index: `hooks.call('initNativeApi', taro); module.exports = taro`.
      const first = args[0]
      if (first?.type === 'Literal' && first.value === 'initNativeApi') this.modules.taro.add(scope.moduleId)
    } else if (name === 'd' && scope.moduleId !== undefined && args[1]?.type === 'ObjectExpression') {
      this.noteExports(scope, args[1])
    }
    this.pending.push({ node, scope, file, render: false })
  }

  /** `n.d(e, { $n: function () { return o } })`: webpack's getters for a module's exports. */
  private noteExports(scope: Scope, object: Node): void {
    const id = scope.moduleId as string
    let exports = this.modules.exports.get(id)
    if (!exports) {
      exports = new Map()
      this.modules.exports.set(id, exports)
    }
    for (const property of object.properties as Node[]) {
      if (property.type !== 'Property') continue
      const key = propertyKey(property)
      const returned = returnedExpression(property.value as Node)
      if (key !== undefined && returned) exports.set(key, { expr: returned, scope })
    }
  }

  /** `sdk(wx)`, `new Sdk(wx)`: the function's parameters stand for the arguments given in the same file. */
  private linkArguments(item: Pending): void {
    const callee = unwrap(item.node.callee as Node)
    const args = item.node.arguments as Node[]
    if (args.length === 0) return
    const targets =
      callee.type === 'Identifier' ? (lookup(item.scope, callee.name as string) ?? []) : [{ expr: callee }]
    for (const target of targets) {
      const fn = target.expr && functionOf(target.expr)
      const inner = fn && this.functionScopes.get(fn)
      if (!fn || !inner) continue
      const params = fn.params as Node[]
      params.forEach((param, index) => {
        const arg = args[index]
        if (param.type === 'Identifier' && arg && arg.type !== 'SpreadElement')
          inner.bindings.get(param.name as string)?.push({ expr: arg, scope: item.scope })
      })
    }
  }
}

const VARIANT_PROP_NAMES = new Set(VARIANT_PROPS.values())

/** `f("button", props)`, `f(Component, { "open-type": … })`: a tag (a string or a component) and props. */
function isVueRenderShape(args: Node[], scope: Scope): boolean {
  const [tag, propsExpr] = args
  if (!tag || !propsExpr || args.length > 5) return false
  const props = renderProps(propsExpr, scope)
  if (!props) return false
  const first = unwrap(tag)
  if (first.type === 'Literal') return typeof first.value === 'string' && NATIVE_TAGS.has(first.value)
  if (!['Identifier', 'MemberExpression', 'CallExpression'].includes(first.type)) return false
  return (props.properties as Node[]).some((property) => {
    const key = property.type === 'Property' ? propertyKey(property) : undefined
    // As Vue writes them (`"open-type"`) or passes them (`openType`).
    return key !== undefined && VARIANT_PROP_NAMES.has(propName(key))
  })
}

/** A function, or a class's constructor. */
function functionOf(node: Node): Node | undefined {
  const value = unwrap(node)
  if (['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(value.type))
    return value
  if (value.type !== 'ClassDeclaration' && value.type !== 'ClassExpression') return undefined
  const members = ((value.body as Node).body as Node[]) ?? []
  const init = members.find((member) => member.type === 'MethodDefinition' && member.kind === 'constructor')
  return init?.value as Node | undefined
}

const GATED_WORDS = new RegExp(
  [
    ...[...HOST_APIS].filter((api) => !api.includes('.')),
    ...Object.keys(OBJECT_FACTORIES),
    ...COMPONENTS.map((component) => component.value ?? component.tag),
    'authorize',
    'initNativeApi',
    // Wrapper components forwarding the attribute (`"open-type": e.openType`).
    'open-?[tT]ype',
    'Camera',
    'LivePusher',
    'VoipRoom',
    // `wx[name](…)`: said once per file.
    '\\b(?:wx|uni|Taro)\\s*\\[',
  ].join('|'),
)

function mentionsGated(source: string): boolean {
  return GATED_WORDS.test(source)
}
