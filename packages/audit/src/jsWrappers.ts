// Gated components behind wrapper components in render code (Taro's React and Vue output): a component whose render
// call passes one of its props to a native <Button openType>/<Input type> forwards that prop; a render call of that
// component with a gated literal (`jsx(AtButton, { openType: "getPhoneNumber" })`, Vue's
// `createVNode(LoginButton, { "open-type": "getPhoneNumber" })`) is a use.

import { lookup, lookupScope, memberName, type Node, propertyKey, rootOf, type Scope, unwrap } from './jsAst'
import type { Classifier, Modules } from './jsClassify'
import {
  displayName,
  elementName,
  NATIVE_TAGS,
  propName,
  renderProps,
  spreads,
  VARIANT_PROPS,
} from './jsRender'
import { gatedVariants } from './scanWxml'

/** A render call: `jsx(tag, props)`, with the scope it sits in. */
export interface RenderCall {
  node: Node
  scope: Scope
}

/** Finds wrapper uses among render calls. `functionScopes` maps each function to the scope of its body. */
export class RenderWrappers {
  private readonly owners = new Map<Scope, Node>()
  /** Function → prop → native tag it reaches, with the file (root scope) the function is in. */
  private readonly forwards = new Map<Node, { root: Scope; props: Map<string, string> }>()

  constructor(
    private readonly classifier: Classifier,
    private readonly modules: Modules,
    functionScopes: ReadonlyMap<Node, Scope>,
    /** The functions given as `setup` of Vue options. */
    private readonly vueSetups: ReadonlySet<Node> = new Set(),
  ) {
    for (const [fn, scope] of functionScopes) this.owners.set(scope, fn)
  }

  /** The gated elements used through wrappers by `calls`, with the offset of each literal. */
  hits<Call extends RenderCall>(
    calls: readonly Call[],
  ): { call: Call; name: string; offset: number; via: string | undefined }[] {
    // Forwarding through a wrapper of a wrapper takes one more round per level.
    for (let round = 0; round < 3; round++) {
      let grew = false
      for (const call of calls) grew = this.learn(call) || grew
      if (!grew) break
    }
    const hits: { call: Call; name: string; offset: number; via: string | undefined }[] = []
    for (const call of calls) {
      const { node, scope } = call
      const [tagExpr, propsExpr] = node.arguments as Node[]
      if (!tagExpr || this.nativeTag(tagExpr, scope)) continue
      const component = this.componentOf(tagExpr, scope, 0)
      const forwarded = this.forwardedBy(component)
      const props = renderProps(propsExpr, scope)
      if (!forwarded || !props) continue
      const via = displayName(tagExpr) ?? (component && vueName(component.node))
      for (const property of props.properties as Node[]) {
        const written = property.type === 'Property' ? propertyKey(property) : undefined
        const key = written === undefined ? undefined : propName(written)
        const value = property.type === 'Property' ? unwrap(property.value as Node) : undefined
        const native = key === undefined ? undefined : forwarded.get(key)
        if (!native || value?.type !== 'Literal' || typeof value.value !== 'string') continue
        for (const name of gatedVariants(native, value.value)) {
          hits.push({ call, name, offset: value.start, via })
        }
      }
    }
    return hits
  }

  /** Records what the component around `call` forwards; `true` when that is new. */
  private learn({ node, scope }: RenderCall): boolean {
    const [tagExpr, propsExpr] = node.arguments as Node[]
    const props = renderProps(propsExpr, scope)
    const owner = this.ownerOf(scope)
    if (!tagExpr || !propsExpr || !props || !owner) return false
    const native = this.nativeTag(tagExpr, scope)
    const inner = native ? undefined : this.forwardedBy(this.componentOf(tagExpr, scope, 0))
    const reachable = native ? new Map([[VARIANT_PROPS.get(native) ?? '', native]]) : (inner ?? new Map())
    const found: [string, string][] = []
    const explicit = new Set<string>()
    for (const property of props.properties as Node[]) {
      const written = property.type === 'Property' ? propertyKey(property) : undefined
      if (written === undefined) continue
      const key = propName(written)
      explicit.add(key)
      const reaches = reachable.get(key)
      if (!reaches) continue
      for (const prop of this.propsBehind(property.value as Node, scope, owner, 0))
        found.push([prop, reaches])
    }
    // `{ ...rest }` with `rest` the component's own props (NutUI's Button): what it does not set passes through.
    for (const spread of spreads(propsExpr)) {
      if (!this.isProps(spread, scope, owner, 0)) continue
      for (const [key, reaches] of reachable) {
        if (key && !explicit.has(key) && !this.leftOut(spread, scope, key, 0)) found.push([key, reaches])
      }
    }
    let grew = false
    for (const [prop, reaches] of found) {
      const known = this.forwards.get(owner) ?? { root: rootOf(scope), props: new Map<string, string>() }
      if (known.props.get(prop) === reaches) continue
      known.props.set(prop, reaches)
      this.forwards.set(owner, known)
      grew = true
    }
    return grew
  }

  /**
   * What a component forwards: the forwarding functions inside it (a function component itself, a class's render
   * method, or the render method inside a compiled class's `(function (_super) { … })(Component)`).
   */
  private forwardedBy(component: { node: Node; scope: Scope } | undefined): Map<string, string> | undefined {
    if (!component) return undefined
    const root = rootOf(component.scope)
    const { start, end } = component.node
    let found: Map<string, string> | undefined
    for (const [fn, { root: fnRoot, props }] of this.forwards) {
      if (fnRoot !== root || fn.start < start || fn.end > end) continue
      found ??= new Map()
      for (const [prop, native] of props) found.set(prop, native)
    }
    return found
  }

  /** `button`/`input` when the tag is that native element (named as jsRender names tags: elementName). */
  private nativeTag(tagExpr: Node, scope: Scope): string | undefined {
    const kind = this.classifier.classify(tagExpr, scope)
    // A library's own `Input` or `Button` is a component (a function), not the native element of that name.
    if (kind?.t !== 'string' && this.componentOf(tagExpr, scope, 0)) return undefined
    const name = kind?.t === 'string' ? kind.value : elementName(tagExpr)
    return name !== undefined && NATIVE_TAGS.has(name) && VARIANT_PROPS.has(name) ? name : undefined
  }

  private ownerOf(scope: Scope): Node | undefined {
    for (let current: Scope | undefined = scope; current; current = current.parent) {
      const owner = this.owners.get(current)
      if (owner) return owner
    }
    return undefined
  }

  /**
   * The props of `owner` a value comes from: `e.openType`, `this.props.openType`, a variable set from one
   * (`t = e.openType, s = void 0 === t ? "…" : t`), either branch of a condition.
   */
  private propsBehind(expr: Node, scope: Scope, owner: Node, depth: number): string[] {
    const node = unwrap(expr)
    if (depth > 6) return []
    switch (node.type) {
      case 'ConditionalExpression':
        return [
          ...this.propsBehind(node.consequent as Node, scope, owner, depth + 1),
          ...this.propsBehind(node.alternate as Node, scope, owner, depth + 1),
        ]
      case 'LogicalExpression':
        return [
          ...this.propsBehind(node.left as Node, scope, owner, depth + 1),
          ...this.propsBehind(node.right as Node, scope, owner, depth + 1),
        ]
      case 'MemberExpression': {
        const name = memberName(node)
        return name !== undefined && this.isProps(node.object as Node, scope, owner, depth) ? [name] : []
      }
      case 'Identifier':
        return (lookup(scope, node.name as string) ?? []).flatMap((bound) =>
          bound.expr ? this.propsBehind(bound.expr, bound.scope, owner, depth + 1) : [],
        )
      case 'CallExpression':
        // A helper given the prop, `type: inputType(type)`: its result is taken as derived from it.
        return (node.arguments as Node[]).flatMap((argument) =>
          this.propsBehind(argument, scope, owner, depth + 1),
        )
      default:
        return []
    }
  }

  /** Whether `rest` was made without `key`: `rest = _objectWithoutProperties(props, ["openType", …])`. */
  private leftOut(expr: Node, scope: Scope, key: string, depth: number): boolean {
    const node = unwrap(expr)
    if (depth > 4) return false
    if (node.type === 'Identifier') {
      return (lookup(scope, node.name as string) ?? []).some(
        (bound) => bound.expr !== undefined && this.leftOut(bound.expr, bound.scope, key, depth + 1),
      )
    }
    if (node.type === 'ArrayExpression') {
      return (node.elements as (Node | null)[]).some((item) => item?.type === 'Literal' && item.value === key)
    }
    if (node.type !== 'CallExpression') return false
    return (node.arguments as Node[])
      .slice(1)
      .some((argument) => this.leftOut(argument, scope, key, depth + 1))
  }

  /** The first parameter of `owner` (a function component's props) or `this.props` (a class component's). */
  private isProps(expr: Node, scope: Scope, owner: Node, depth: number): boolean {
    const node = unwrap(expr)
    if (node.type === 'MemberExpression') {
      return memberName(node) === 'props' && unwrap(node.object as Node).type === 'ThisExpression'
    }
    // `{ ...defaultProps, ...props }`, `_objectSpread({}, defaultProps, props)`.
    if (node.type === 'ObjectExpression' || node.type === 'CallExpression') {
      const parts =
        node.type === 'ObjectExpression'
          ? (node.properties as Node[]).flatMap((part) =>
              part.type === 'SpreadElement' ? [part.argument as Node] : [],
            )
          : (node.arguments as Node[])
      return parts.some((part) => this.isProps(part, scope, owner, depth + 1))
    }
    if (node.type !== 'Identifier' || depth > 6) return false
    const name = node.name as string
    const params = owner.params as Node[] | undefined
    const first = params?.[0]
    const declared = lookupScope(scope, name)
    if (first?.type === 'Identifier' && first.name === name && declared?.params?.has(name)) {
      return true
    }
    // Vue: `setup(props) { return (ctx, cache) => createElementBlock("button", { "open-type": props.openType }) }`,
    // the props of the function around the render closure.
    const outer = declared && this.owners.get(declared)
    const outerFirst = (outer?.params as Node[] | undefined)?.[0]
    if (outerFirst?.type === 'Identifier' && outerFirst.name === name && declared?.params?.has(name)) {
      if (outer !== owner && this.vueSetups.has(outer as Node)) return true
    }
    return (lookup(scope, name) ?? []).some(
      (bound) => bound.expr !== undefined && this.isProps(bound.expr, bound.scope, owner, depth + 1),
    )
  }

  /** The function or class a tag stands for, through variables, webpack's export getters and `memo(…)`. */
  private componentOf(expr: Node, scope: Scope, depth: number): { node: Node; scope: Scope } | undefined {
    const node = unwrap(expr)
    if (depth > 8) return undefined
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ClassDeclaration':
      case 'ClassExpression':
        return { node, scope }
      case 'Identifier':
        for (const bound of lookup(scope, node.name as string) ?? []) {
          const found = bound.expr ? this.componentOf(bound.expr, bound.scope, depth + 1) : undefined
          if (found) return found
        }
        return undefined
      case 'ObjectExpression':
        // Vue's options, `defineComponent({ props, setup })` (minified `(0, o.pM)({ … })`): the whole object.
        return isVueOptions(node) ? { node, scope } : undefined
      case 'CallExpression': {
        // A compiled class: `(function (_super) { … return AtButton })(Component)` holds the whole component.
        const callee = unwrap(node.callee as Node)
        if (callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression')
          return { node, scope }
        // `memo(Button)`, `forwardRef(function (props, ref) { … })`.
        const [first] = node.arguments as Node[]
        return first ? this.componentOf(first, scope, depth + 1) : undefined
      }
      case 'MemberExpression': {
        const module = this.classifier.classify(node.object as Node, scope)
        const name = memberName(node)
        if (module?.t !== 'module' || name === undefined) return undefined
        const exported = this.modules.exports.get(module.id)?.get(name)
        return exported?.expr ? this.componentOf(exported.expr, exported.scope, depth + 1) : undefined
      }
      default:
        return undefined
    }
  }
}

/** Vue component options: an object with `setup` or `render`, and `props`. */
function isVueOptions(node: Node): boolean {
  const keys = new Set(
    (node.properties as Node[]).map((property) =>
      property.type === 'Property' ? propertyKey(property) : undefined,
    ),
  )
  return keys.has('props') && (keys.has('setup') || keys.has('render'))
}

/** The name Vue options give a component (`__name` of a compiled `<script setup>`, or `name`). */
function vueName(node: Node): string | undefined {
  if (node.type !== 'ObjectExpression') return undefined
  for (const property of node.properties as Node[]) {
    if (property.type !== 'Property') continue
    const key = propertyKey(property)
    const value = unwrap(property.value as Node)
    if ((key === '__name' || key === 'name') && value.type === 'Literal' && typeof value.value === 'string')
      return value.value
  }
  return undefined
}
