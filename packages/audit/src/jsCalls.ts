// The uses one call makes: through the shapes real code uses (`wx.getLocation.call(wx, …)`, `promisify(wx.x)`,
// a destructured or aliased host, a manager on `this`…), classified by jsClassify.ts.
import { lookup, lookupScope, memberName, type Node, propertyKey, type Scope, unwrap } from './jsAst'
import type { Classifier, Kind } from './jsClassify'
import { HOST_APIS } from './rules'

/** A use one call makes, at an offset of its file. */
export interface CallUse {
  kind: 'api' | 'scope'
  name: string
  offset: number
}

/** Calls that take a function without calling it: an API passed to them is not a use (`Boolean(wx.x)`). */
const NOT_CALLING = new Set(['Boolean', 'String', 'log', 'warn', 'error', 'info', 'debug', 'canIUse'])

/**
 * The uses one call makes (`wx.getLocation(…)`, `promisify(wx.chooseImage)`, `authorize({ scope })`), and its
 * callee when it calls the host by a run-time name (`wx[name]` of `wx[name](…)`).
 */
export function callUses(
  classifier: Classifier,
  node: Node,
  scope: Scope,
): { uses: CallUse[]; dynamic: Node | undefined } {
  const uses: CallUse[] = []
  const add = (kind: CallUse['kind'], name: string, offset: number) => uses.push({ kind, name, offset })
  let callee = unwrap(node.callee as Node)
  let args = node.arguments as Node[]
  const invoker = memberName(callee)
  // `wx.getLocation.call(wx, options)`, `.apply(wx, [options])`, `.bind(wx)` (bound to be called).
  if (
    (invoker === 'call' || invoker === 'apply' || invoker === 'bind') &&
    callee.type === 'MemberExpression'
  ) {
    const rest = args.slice(1)
    const list = rest[0]
    args = invoker === 'apply' && list?.type === 'ArrayExpression' ? (list.elements as Node[]) : rest
    callee = unwrap(callee.object as Node)
  }
  // `wx[name](…)` with `name` one of the strings the file gives it (`['getLocation', …].forEach((name) => …)`).
  const computed = computedNames(classifier, callee, scope)
  for (const name of computed?.names ?? []) if (HOST_APIS.has(name)) add('api', name, offsetOf(callee))
  const fn =
    node.type === 'CallExpression' && !computed && mayBeGated(callee, scope) && !isParameter(callee, scope)
      ? classifier.classify(callee, scope)
      : undefined
  const used = usedApi(fn)
  // A scope that is not known statically (`authorize({ scope })` in a helper called from another file).
  let unknownScope = false
  if (used === 'authorize') {
    const names = scopeArguments(classifier, args[0], scope)
    for (const name of names) add('scope', name, offsetOf(callee))
    unknownScope = names.length === 0
  } else if (used !== undefined) add('api', used, offsetOf(callee))
  // `promisify(wx.chooseImage)`: the API handed to a helper that calls it.
  const calleeName = memberName(callee) ?? (callee.type === 'Identifier' ? (callee.name as string) : '')
  if (!NOT_CALLING.has(calleeName)) {
    for (const arg of node.arguments as Node[]) {
      const value = unwrap(arg)
      if (!mayBeGated(value, scope)) continue
      const passed = usedApi(classifier.classify(value, scope))
      if (passed !== undefined && passed !== 'authorize') add('api', passed, offsetOf(value))
    }
  }
  return { uses, dynamic: unknownScope || computed?.unknown ? callee : undefined }
}

/**
 * A host call by a computed name that is not a literal (`wx[name](…)`): the strings `name` may be in this file, and
 * whether it may be something else too (a name built at run time). `undefined` for any other call.
 */
function computedNames(
  classifier: Classifier,
  callee: Node,
  scope: Scope,
): { names: string[]; unknown: boolean } | undefined {
  if (callee.type !== 'MemberExpression' || !callee.computed) return undefined
  const property = unwrap(callee.property as Node)
  if (property.type === 'Literal' || !classifier.isHost(classifier.classify(callee.object as Node, scope)))
    return undefined
  const unknown = { value: false }
  const names = [...new Set(stringsOf(classifier, property, scope, 0, unknown))]
  return { names, unknown: unknown.value || names.length === 0 }
}

/**
 * `{ locate: wx.getLocation }`, `module.exports = { chooseImage: wx.chooseImage }`: an API stored in an object to be
 * called by another name, maybe in another file, is a use where it is stored.
 */
export function storedUse(classifier: Classifier, value: Node, scope: Scope): CallUse | undefined {
  const name = usedApi(classifier.classify(value, scope))
  return name === undefined || name === 'authorize'
    ? undefined
    : { kind: 'api', name, offset: offsetOf(value) }
}

/** Whether an object property's value may be a gated API of the host: `wx.getLocation`, `r().chooseImage`. */
export function mayBeStored(value: Node): boolean {
  const name = value.type === 'MemberExpression' ? memberName(value) : undefined
  return name !== undefined && GATED_NAMES.has(name)
}

/** The last part of every gated name (`getLocation`, `start` of `RecorderManager.start`), and `authorize`. */
const GATED_NAMES = new Set([
  ...[...HOST_APIS].map((api) => api.slice(api.lastIndexOf('.') + 1)),
  'authorize',
])

/**
 * Whether an expression may stand for a gated function, before classifying it: a member read of a gated (or computed)
 * name, or a name bound in the file (`const { getLocation } = wx`). Keeps the classification to the few candidates.
 */
function mayBeGated(node: Node, scope: Scope): boolean {
  if (node.type === 'MemberExpression') {
    const name = memberName(node)
    return name === undefined ? node.computed === true : GATED_NAMES.has(name)
  }
  return node.type === 'Identifier' && (lookup(scope, node.name as string)?.length ?? 0) > 0
}

/** `fn(options)` inside `promisify(fn)`: the API handed in was counted where it was handed in. */
function isParameter(node: Node, scope: Scope): boolean {
  if (node.type !== 'Identifier') return false
  const name = node.name as string
  return lookupScope(scope, name)?.params?.has(name) === true
}

/** The gated API a function value stands for: `getLocation`, `RecorderManager.start`, `authorize`. */
function usedApi(kind: Kind | undefined): string | undefined {
  if (kind?.t === 'api') return kind.name === 'authorize' || HOST_APIS.has(kind.name) ? kind.name : undefined
  if (kind?.t === 'method') {
    const full = `${kind.of}.${kind.name}`
    return HOST_APIS.has(full) ? full : undefined
  }
  return undefined
}

/** Where a use is reported: the API's name in `wx.getLocation`, or the name itself. */
export function offsetOf(node: Node): number {
  return node.type === 'MemberExpression' ? (node.property as Node).start : node.start
}

/**
 * `authorize({ scope: 'scope.camera' })`, `authorize({ scope: SCOPE.CAMERA })` → `['scope.camera']`; a helper's
 * parameter gives every scope the same file passes to it (`auth('scope.camera')`, `auth('scope.record')`).
 */
function scopeArguments(classifier: Classifier, options: Node | undefined, scope: Scope): string[] {
  const object = options && classifier.classify(options, scope)
  if (object?.t !== 'literal') return []
  for (const property of object.node.properties as Node[]) {
    if (property.type !== 'Property' || propertyKey(property) !== 'scope') continue
    const values = stringsOf(classifier, property.value as Node, object.scope)
    return [...new Set(values.filter((value) => value.startsWith('scope.')))]
  }
  return []
}

/** The strings an expression may be: a constant, either branch of `a ? b : c`, every value bound to a name. */
function stringsOf(
  classifier: Classifier,
  expr: Node,
  scope: Scope,
  depth = 0,
  unknown = { value: false },
): string[] {
  const node = unwrap(expr)
  if (depth > 4) {
    unknown.value = true
    return []
  }
  if (node.type === 'ConditionalExpression') {
    const branches = [node.consequent as Node, node.alternate as Node]
    return branches.flatMap((branch) => stringsOf(classifier, branch, scope, depth + 1, unknown))
  }
  const bound = node.type === 'Identifier' ? lookup(scope, node.name as string) : undefined
  if (bound?.length) {
    return bound.flatMap((item) =>
      item.expr ? stringsOf(classifier, item.expr, item.scope, depth + 1, unknown) : [],
    )
  }
  const kind = classifier.classify(node, scope)
  if (kind?.t === 'string') return [kind.value]
  unknown.value = true
  return []
}
