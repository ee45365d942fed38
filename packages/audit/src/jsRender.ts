// Gated components in render code: `jsx(Button, { openType: "getPhoneNumber" })`, `jsx(r.Camera, {...})`, Vue's
// `createElementVNode("button", { "open-type": "chooseAvatar" })`.

import { lookup, memberName, type Node, propertyKey, type Scope, unwrap } from './jsAst'
import type { Classifier } from './jsClassify'
import { COMPONENTS, VARIANT_ATTRIBUTE } from './rules'

export const RENDER_CALLEES = new Set(['jsx', 'jsxs', 'jsxDEV', '_jsx', '_jsxs', 'createElement'])
/** The native elements a gate sits on: `button`, `input`, `camera`, … */
export const NATIVE_TAGS = new Set(COMPONENTS.map((component) => component.tag))
/** The prop a native element's variant comes in, as a render call passes it: `button` → `openType`, `input` → `type`. */
export const VARIANT_PROPS = new Map(Object.entries(VARIANT_ATTRIBUTE).map(([tag, { prop }]) => [tag, prop]))

/** The offsets of gated components a render call makes, with their catalog names. */
export function renderHits(
  classifier: Classifier,
  node: Node,
  scope: Scope,
): { name: string; offset: number; via?: string }[] {
  const hits: { name: string; offset: number; via?: string }[] = []
  const [tagExpr, propsExpr] = node.arguments as [Node, Node]
  // `{ … }`, the last object of a spread helper (`(0, r.A)({}, rest, { openType: "…" })`), or Vue's hoisted props.
  const props = renderProps(propsExpr, scope)
  if (!props) return hits
  // Vue's `resolveComponent("nut-button")`: a component registered by name, whose tag says nothing about <button>.
  const resolved = resolvedComponentName(tagExpr, scope)
  const tag = resolved ? undefined : tagOf(classifier, tagExpr, scope)
  const values = new Map<string, { value: string; at: number }>()
  for (const property of props.properties as Node[]) {
    if (property.type !== 'Property') continue
    const key = propertyKey(property)
    const value = unwrap(property.value as Node)
    if (key !== undefined && value.type === 'Literal' && typeof value.value === 'string') {
      values.set(propName(key), { value: value.value, at: value.start })
    }
  }
  for (const component of COMPONENTS) {
    if (component.value === undefined) {
      if (tag === component.tag) hits.push({ name: component.name, offset: tagExpr.start })
      continue
    }
    // A tag we could not name still counts when the prop is unambiguous (only <button> has openType).
    if (tag !== undefined && tag !== component.tag) continue
    const variantProp = VARIANT_PROPS.get(component.tag)
    const prop = variantProp ? values.get(variantProp) : undefined
    if (!prop) continue
    if (tag === undefined && component.tag !== 'button') continue
    if (prop.value.split('|').includes(component.value))
      hits.push({ name: component.name, offset: prop.at, ...(resolved ? { via: resolved } : {}) })
  }
  return hits
}

function tagOf(classifier: Classifier, expr: Node, scope: Scope): string | undefined {
  const kind = classifier.classify(expr, scope)
  return kind?.t === 'string' ? kind.value : elementName(expr)
}

/** The name a tag is written with, when the build kept it: `AtButton`, `r.Button`. */
export function displayName(tagExpr: Node): string | undefined {
  const node = unwrap(tagExpr)
  const name =
    node.type === 'MemberExpression' ? memberName(node) : node.type === 'Identifier' ? node.name : undefined
  return typeof name === 'string' && /^[A-Z][A-Za-z0-9]+$/.test(name) ? name : undefined
}

/** The element an unminified build's export name stands for: `_tarojs_components.LivePusher` → `live-pusher`. */
export function elementName(tagExpr: Node): string | undefined {
  return displayName(tagExpr)
    ?.replace(/[a-z0-9][A-Z]/g, (pair) => `${pair[0]}-${pair[1]}`)
    .toLowerCase()
}

/** A prop as a component receives it: Vue passes `"open-type"` as `openType`. */
export function propName(key: string): string {
  return key.includes('-') ? key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) : key
}

/**
 * The props object of a render call, through a variable too: Vue hoists static props
 * (`p = { "open-type": "chooseAvatar" }; createElementVNode("button", p)`).
 */
export function renderProps(expr: Node | undefined, scope: Scope): Node | undefined {
  const found = propsObject(expr)
  if (found || !expr) return found
  const node = unwrap(expr)
  if (node.type !== 'Identifier') return undefined
  for (const bound of lookup(scope, node.name as string) ?? []) {
    const value = bound.expr && unwrap(bound.expr)
    if (value?.type === 'ObjectExpression') return value
  }
  return undefined
}

/**
 * Vue's name for a component looked up at run time: `resolveComponent("nut-button")` (minified `(0, o.g2)(…)`),
 * directly or through the variable it was kept in.
 */
export function resolvedComponentName(expr: Node, scope: Scope): string | undefined {
  let node = unwrap(expr)
  if (node.type === 'Identifier') {
    const bound = lookup(scope, node.name as string)?.[0]?.expr
    if (!bound) return undefined
    node = unwrap(bound)
  }
  if (node.type !== 'CallExpression') return undefined
  const args = node.arguments as Node[]
  const [first] = args
  return args.length === 1 &&
    first?.type === 'Literal' &&
    typeof first.value === 'string' &&
    first.value.includes('-')
    ? first.value
    : undefined
}

/**
 * The props object of a render call: `{ … }`, or the last object given to a spread helper,
 * `(0, r.A)((0, r.A)({}, f), {}, { openType: s })` / `Object.assign({}, rest, { … })`.
 */
function propsObject(expr: Node | undefined): Node | undefined {
  const node = expr ? unwrap(expr) : undefined
  if (node?.type === 'ObjectExpression') return node
  if (node?.type !== 'CallExpression') return undefined
  const args = node.arguments as Node[]
  for (let index = args.length - 1; index >= 0; index--) {
    const found = propsObject(args[index])
    if (found && (found.properties as Node[]).length > 0) return found
  }
  return undefined
}

/** What a props expression spreads: `{ ...rest }`, `(0, r.A)({}, rest, { … })` → `rest`. */
export function spreads(expr: Node): Node[] {
  const node = unwrap(expr)
  if (node.type === 'ObjectExpression') {
    return (node.properties as Node[]).flatMap((part) =>
      part.type === 'SpreadElement' ? [part.argument as Node] : [],
    )
  }
  if (node.type !== 'CallExpression') return []
  return (node.arguments as Node[]).flatMap((argument) => {
    const inner = unwrap(argument)
    return inner.type === 'ObjectExpression' || inner.type === 'CallExpression' ? spreads(inner) : [inner]
  })
}
