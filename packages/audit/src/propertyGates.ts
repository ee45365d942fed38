// Calls of a library component that run only for one value of one of its properties: Vant Weapp's button calls
// `wx.getUserProfile` in its tap handler only `if (openType === 'getUserInfo' …)`. Such a call counts only when some
// usage of the component can give the property that value; whatever cannot be told apart counts.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { parseSync, visitorKeys } from 'oxc-parser/src-js/index.js'
import { memberName, type Node, propertyKey } from './jsAst'

/** A condition a call needs to run: the component's property `prop` (camelCase) equal to the string `value`. */
interface PropertyCondition {
  prop: string
  value: string
}

/** What the usages of a component give one of its properties. */
export interface PassedValues {
  /** Literal values written by the usages found. */
  literals: Set<string>
  /** Some usage binds the property (`open-type="{{ t }}"`), or uses the component in a way that cannot be read. */
  unknown: boolean
  /** Usages in a component's template passing on one of its own properties: `{{ confirmButtonOpenType }}`. */
  forwarded: { component: string; prop: string }[]
  /** Some usage leaves the property out (the component then sees its default value). */
  omitted: boolean
  /** How many usages were found. */
  count: number
}

/** A property a component declares, with its default value when it is a string literal (`null`: not literal). */
type Declared = Map<string, string | null>

const LIBRARY_FOLDERS = new Set(['miniprogram_npm', 'node_modules', 'node-modules'])

/**
 * The component a script belongs to (its path without extension), when the script is library code of a custom
 * component: under `miniprogram_npm/` or `node_modules/` of the app folder `dir`, with a template beside it.
 */
function libraryComponentOf(dir: string, file: string): string | undefined {
  if (!/\.(?:js|ts)$/.test(file)) return undefined
  if (
    !relative(dir, file)
      .split(/[\\/]/)
      .some((part) => LIBRARY_FOLDERS.has(part))
  )
    return undefined
  const base = file.replace(/\.(?:js|ts)$/, '')
  return existsSync(`${base}.wxml`) ? base : undefined
}

/** What the usages of a component (its path without extension) give one of its properties. */
export type Usages = (component: string, prop: string) => PassedValues

/**
 * Decides which calls of library component scripts may run: a call inside a branch whose condition compares one of
 * the component's declared properties (`this.data.X`, `this.properties.X`, `const { X } = this.data`,
 * `var _a = this.data, X = _a.X`) with a string literal may run only when some usage of the component can give
 * that value: written as a literal, left out while it is the default, or passed on by a wrapper component whose own
 * usages can give it. Everything that cannot be told apart may run.
 *
 * @example
 * ```ts
 * const gates = new PropertyGates('/app', (component, prop) => scanner.passedValues(templates, component, prop))
 * gates.mayRun(file, source, offset) // false for wx.getUserProfile in Vant's button when no page passes getUserInfo
 * ```
 */
export class PropertyGates {
  private readonly scripts = new Map<string, ComponentScript | undefined>()

  constructor(
    private readonly dir: string,
    private readonly usages: Usages,
  ) {}

  /** Whether the call whose callee sits at `offset` of `file` may run. */
  mayRun(file: string, source: string, offset: number): boolean {
    const component = libraryComponentOf(this.dir, file)
    const script = component && this.script(component, file, source)
    if (!component || !script) return true
    for (const { prop, value } of script.conditions(offset)) {
      if (!this.mayGive(component, prop, value, new Set())) return false
    }
    return true
  }

  /** Whether the property `prop` of a component may hold `value`. */
  private mayGive(component: string, prop: string, value: string, visiting: Set<string>): boolean {
    const key = `${component}\0${prop}`
    if (visiting.has(key)) return false
    const script = this.script(component)
    const fallback = script?.declared().get(prop)
    if (!script || fallback === undefined || script.setsData(prop)) return true
    const values = this.usages(component, prop)
    if (values.count === 0 || values.unknown || values.literals.has(value)) return true
    if (values.omitted && (fallback === null || fallback === value)) return true
    visiting.add(key)
    const given = values.forwarded.some((outer) => this.mayGive(outer.component, outer.prop, value, visiting))
    visiting.delete(key)
    return given
  }

  private script(component: string, file?: string, source?: string): ComponentScript | undefined {
    if (this.scripts.has(component)) return this.scripts.get(component)
    let script: ComponentScript | undefined
    const path = file ?? [`${component}.js`, `${component}.ts`].find((candidate) => existsSync(candidate))
    if (path) {
      const program = parse(path, source ?? readFileSync(path, 'utf8'))
      if (program) script = new ComponentScript(path, program)
    }
    this.scripts.set(component, script)
    return script
  }
}

/** The script of a custom component, parsed. */
class ComponentScript {
  private properties: Declared | undefined

  constructor(
    private readonly file: string,
    private readonly program: Node,
  ) {}

  /** The property comparisons a call at `offset` needs, from the branches around it. */
  conditions(offset: number): PropertyCondition[] {
    const path = pathTo(this.program, offset)
    const found: PropertyCondition[] = []
    for (let index = 0; index + 1 < path.length; index++) {
      const parent = path[index] as Node
      const child = path[index + 1] as Node
      let test: Node | undefined
      if (
        (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') &&
        parent.consequent === child
      )
        test = parent.test as Node
      else if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === child)
        test = parent.left as Node
      if (!test) continue
      for (const conjunct of conjuncts(test)) {
        const condition = comparison(conjunct, path.slice(0, index + 1))
        if (condition) found.push(condition)
      }
    }
    return found
  }

  /** Properties declared by the component script and the modules it requires (Vant's behaviors in `mixins/`). */
  declared(): Declared {
    if (this.properties) return this.properties
    const declared: Declared = new Map()
    collectDeclared(this.program, declared)
    for (const specifier of requiredPaths(this.program)) {
      const target = [specifier, `${specifier}.js`, `${specifier}.ts`]
        .map((path) => resolve(dirname(this.file), path))
        .find((path) => /\.(?:js|ts)$/.test(path) && existsSync(path))
      if (!target) continue
      const module = parse(target, readFileSync(target, 'utf8'))
      if (module) collectDeclared(module, declared)
    }
    this.properties = declared
    return declared
  }

  /** Whether the script may set the property itself (see {@link setsData}). */
  setsData(prop: string): boolean {
    return setsData(this.program, prop)
  }
}

function parse(file: string, source: string): Node | undefined {
  const lang = /\.tsx?$/.test(file) ? 'ts' : 'js'
  const result = parseSync(file, source, { sourceType: 'unambiguous', lang, preserveParens: false })
  if (result.errors.some((error) => error.severity === 'Error')) return undefined
  return result.program as unknown as Node
}

function children(node: Node): Node[] {
  const list: Node[] = []
  for (const key of visitorKeys[node.type] ?? []) {
    const child = node[key] as Node | Node[] | null | undefined
    if (!child) continue
    if (Array.isArray(child)) {
      for (const item of child) if (item) list.push(item)
    } else if (typeof child.type === 'string') list.push(child)
  }
  return list
}

/** The nodes from `root` down to the innermost one holding `offset`. */
function pathTo(root: Node, offset: number): Node[] {
  const path: Node[] = [root]
  for (let node: Node | undefined = root; node; ) {
    node = children(node).find((child) => child.start <= offset && offset < child.end)
    if (node) path.push(node)
  }
  return path
}

function conjuncts(test: Node): Node[] {
  if (test.type === 'LogicalExpression' && test.operator === '&&')
    return [...conjuncts(test.left as Node), ...conjuncts(test.right as Node)]
  return [test]
}

/** `X === 'value'` (or `==`, either order) with `X` a property of the component. */
function comparison(test: Node, ancestors: Node[]): PropertyCondition | undefined {
  if (test.type !== 'BinaryExpression' || (test.operator !== '===' && test.operator !== '=='))
    return undefined
  const left = test.left as Node
  const right = test.right as Node
  const [literal, other] = isString(right) ? [right, left] : isString(left) ? [left, right] : []
  if (!literal || !other) return undefined
  const prop = propertyRead(other, ancestors)
  return prop === undefined ? undefined : { prop, value: literal.value as string }
}

function isString(node: Node): boolean {
  return node.type === 'Literal' && typeof node.value === 'string'
}

/** `this.data` or `this.properties`. */
function isOwnData(node: Node): boolean {
  const name = memberName(node)
  return (name === 'data' || name === 'properties') && (node.object as Node).type === 'ThisExpression'
}

/** The property an expression reads: `this.data.X`, or a local variable taken from `this.data` in the function. */
function propertyRead(node: Node, ancestors: Node[]): string | undefined {
  const name = memberName(node)
  if (name !== undefined) {
    const object = node.object as Node
    if (isOwnData(object)) return name
    return object.type === 'Identifier' && isOwnDataAlias(object.name as string, ancestors) ? name : undefined
  }
  if (node.type !== 'Identifier') return undefined
  const found = soleDeclaration(node.name as string, ancestors)
  if (!found) return undefined
  const { id, init } = found
  if (id.type === 'Identifier') {
    const key = memberName(init)
    if (key === undefined) return undefined
    const object = init.object as Node
    return isOwnData(object) ||
      (object.type === 'Identifier' && isOwnDataAlias(object.name as string, ancestors))
      ? key
      : undefined
  }
  if (id.type !== 'ObjectPattern') return undefined
  const ownData =
    isOwnData(init) || (init.type === 'Identifier' && isOwnDataAlias(init.name as string, ancestors))
  if (!ownData) return undefined
  for (const property of id.properties as Node[]) {
    if (property.type !== 'Property') continue
    const value = property.value as Node
    if (value.type === 'Identifier' && value.name === node.name) return propertyKey(property)
  }
  return undefined
}

/** `var _a = this.data` (declared once, never assigned) in the function around the condition. */
function isOwnDataAlias(name: string, ancestors: Node[]): boolean {
  const found = soleDeclaration(name, ancestors)
  return found !== undefined && found.id.type === 'Identifier' && isOwnData(found.init)
}

/**
 * The one declaration of `name` in the innermost function around the condition, with its initial value; none when
 * the function declares it more than once, assigns it, or does not declare it.
 */
function soleDeclaration(name: string, ancestors: Node[]): { id: Node; init: Node } | undefined {
  const fn = [...ancestors]
    .reverse()
    .find((node) =>
      ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(node.type),
    )
  if (!fn) return undefined
  const declarations: { id: Node; init: Node }[] = []
  let assigned = false
  const visit = (node: Node) => {
    if (node.type === 'VariableDeclarator') {
      const id = node.id as Node
      const init = node.init as Node | null
      if (binds(id, name)) {
        if (init) declarations.push({ id, init })
        else assigned = true
      }
    } else if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
      const target = (node.left ?? node.argument) as Node
      if (target.type === 'Identifier' ? target.name === name : binds(target, name)) assigned = true
    }
    for (const child of children(node)) visit(child)
  }
  for (const param of (fn.params as Node[]) ?? []) if (binds(param, name)) assigned = true
  visit(fn.body as Node)
  return declarations.length === 1 && !assigned ? declarations[0] : undefined
}

function binds(pattern: Node, name: string): boolean {
  if (pattern.type === 'Identifier') return pattern.name === name
  if (pattern.type === 'ObjectPattern')
    return (pattern.properties as Node[]).some((property) =>
      binds((property.type === 'Property' ? property.value : property.argument) as Node, name),
    )
  if (pattern.type === 'ArrayPattern')
    return ((pattern.elements as (Node | null)[]) ?? []).some(
      (element) => element !== null && binds(element, name),
    )
  if (pattern.type === 'AssignmentPattern') return binds(pattern.left as Node, name)
  if (pattern.type === 'RestElement') return binds(pattern.argument as Node, name)
  return false
}

/** `properties: { X: String, Y: { type: String, value: 'a' } }` (Vant's `props:` too), anywhere in a module. */
function collectDeclared(node: Node, declared: Declared): void {
  if (node.type === 'Property') {
    const key = propertyKey(node)
    const value = node.value as Node
    if ((key === 'properties' || key === 'props') && value.type === 'ObjectExpression') {
      for (const property of value.properties as Node[]) {
        const name = property.type === 'Property' ? propertyKey(property) : undefined
        if (name !== undefined) declared.set(name, defaultOf(property.value as Node))
      }
    }
  }
  for (const child of children(node)) collectDeclared(child, declared)
}

/** A property's default: `''` for a bare type or no `value`, the literal string, or `null` when not a literal. */
function defaultOf(definition: Node): string | null {
  if (definition.type !== 'ObjectExpression') return ''
  const value = (definition.properties as Node[]).find(
    (property) => property.type === 'Property' && propertyKey(property) === 'value',
  )
  if (!value) return ''
  const literal = value.value as Node
  return isString(literal) ? (literal.value as string) : null
}

/** Whether the script may set the property itself: `this.setData({ X: … })`, or `setData` with a built object. */
function setsData(node: Node, prop: string): boolean {
  if (node.type === 'CallExpression' && memberName(node.callee as Node) === 'setData') {
    const first = (node.arguments as Node[])[0]
    if (first?.type !== 'ObjectExpression') return true
    for (const property of first.properties as Node[]) {
      if (property.type !== 'Property') return true
      const key = propertyKey(property)
      if (key === undefined || key === prop || key.startsWith(`${prop}.`) || key.startsWith(`${prop}[`))
        return true
    }
  }
  return children(node).some((child) => setsData(child, prop))
}

/** `require("../mixins/button")`, `import … from "./x"`: relative paths only. */
function requiredPaths(program: Node): string[] {
  const found: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node
      const first = (node.arguments as Node[])[0]
      if (callee.type === 'Identifier' && callee.name === 'require' && first && isString(first))
        found.push(first.value as string)
    } else if (node.type === 'ImportDeclaration') {
      found.push((node.source as Node).value as string)
    }
    for (const child of children(node)) visit(child)
  }
  visit(program)
  return found.filter((path) => path.startsWith('.'))
}
