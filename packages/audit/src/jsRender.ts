// Gated components in render code: `jsx(Button, { openType: "getPhoneNumber" })`, `jsx(r.Camera, {...})`, Vue's
// `createElementVNode("button", { "open-type": "chooseAvatar" })`.

import { memberName, type Node, propertyKey, type Scope, unwrap } from './jsAst'
import type { Classifier } from './jsClassify'
import { propName, renderProps, resolvedComponentName } from './jsWrappers'
import { COMPONENTS, VARIANT_ATTRIBUTE } from './rules'

export const RENDER_CALLEES = new Set(['jsx', 'jsxs', 'jsxDEV', '_jsx', '_jsxs', 'createElement'])

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
    const attribute = VARIANT_ATTRIBUTE[component.tag]
    const prop = attribute ? values.get(attribute.prop) : undefined
    if (!prop) continue
    if (tag === undefined && component.tag !== 'button') continue
    if (prop.value.split('|').includes(component.value))
      hits.push({ name: component.name, offset: prop.at, ...(resolved ? { via: resolved } : {}) })
  }
  return hits
}

function tagOf(classifier: Classifier, expr: Node, scope: Scope): string | undefined {
  const kind = classifier.classify(expr, scope)
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
