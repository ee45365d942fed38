// Syntax-tree and scope helpers of the JavaScript scanner (scanJs.ts).

// A deliberately small ESTree view: oxc-parser's nodes carry `type`, `start`, `end` (UTF-16 offsets).
export interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

export interface Scope {
  parent: Scope | undefined
  bindings: Map<string, Bound[]>
  /** The webpack module id when this scope is a module factory (`{ 7551: function (t, e, n) { … } }`). */
  moduleId: string | undefined
  /** A function's parameters: given in the same file, an API passed in is counted where it is passed. */
  params?: Set<string>
  /** On a file's root scope: `x.name = value` assignments by name (`this.recorder = wx.getRecorderManager()`). */
  members?: Map<string, MemberAssignment[]>
}

export interface MemberAssignment extends Bound {
  /** The object assigned to (`this`, `that`). */
  target: Node
}

export interface Bound {
  expr: Node | undefined
  scope: Scope
}

export function unwrap(node: Node): Node {
  let current = node
  for (;;) {
    if (current.type === 'ParenthesizedExpression' || current.type === 'ChainExpression') {
      current = current.expression as Node
    } else if (current.type === 'SequenceExpression') {
      const expressions = current.expressions as Node[]
      current = expressions[expressions.length - 1] as Node
    } else return current
  }
}

export function memberName(node: Node): string | undefined {
  if (node.type !== 'MemberExpression') return undefined
  const property = node.property as Node
  if (!node.computed) return property.type === 'Identifier' ? (property.name as string) : undefined
  // `wx['getLocation']`
  return property.type === 'Literal' && typeof property.value === 'string' ? property.value : undefined
}

export function propertyKey(property: Node): string | undefined {
  const key = property.key as Node
  if (!property.computed && key.type === 'Identifier') return key.name as string
  if (key.type === 'Literal') return String(key.value)
  return undefined
}

/** `function () { return o }` / `() => o` → `o`. */
export function returnedExpression(fn: Node): Node | undefined {
  if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return undefined
  const body = fn.body as Node
  if (body.type !== 'BlockStatement') return body
  const statements = body.body as Node[]
  const only = statements.length === 1 ? statements[0] : undefined
  return only?.type === 'ReturnStatement' ? ((only.argument as Node | null) ?? undefined) : undefined
}

export function bind(scope: Scope, name: string, bound: Bound): void {
  const list = scope.bindings.get(name)
  if (list) list.push(bound)
  else scope.bindings.set(name, [bound])
}

export function lookupScope(scope: Scope, name: string): Scope | undefined {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    if (current.bindings.has(name)) return current
  }
  return undefined
}

export function lookup(scope: Scope, name: string): Bound[] | undefined {
  return lookupScope(scope, name)?.bindings.get(name)
}

export function rootOf(scope: Scope): Scope {
  let current = scope
  while (current.parent) current = current.parent
  return current
}

/** The file's `x.name = …` assignments, by name. */
export function thisProperties(root: Scope): Map<string, MemberAssignment[]> {
  root.members ??= new Map()
  return root.members
}

export function newScope(parent: Scope | undefined, moduleId?: string): Scope {
  return { parent, bindings: new Map(), moduleId }
}
