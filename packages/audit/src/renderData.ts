import { existsSync, readFileSync } from 'node:fs'
import { parseSync, visitorKeys } from 'oxc-parser/src-js/index.js'

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/**
 * What a component's compiled JavaScript says about the values its template binds. uni-app compiles a template's
 * expressions into render data: the WXML reads `open-type="{{b}}"` and the render function returns
 * `{ b: t.openType }`; a custom component's props arrive as `u-p="{{f}}"` with `f: e.p({ openType: "…" })`.
 * Keys are looked up by name across the file (render data keys are unique per component file).
 */
export class RenderData {
  private readonly values = new Map<string, Node[]>()
  private readonly variables = new Map<string, Node[]>()

  constructor(private readonly source: string) {}

  /** The render data of the `.js` next to a component's template, or an empty one. */
  static of(base: string): RenderData {
    const file = `${base}.js`
    if (!existsSync(file)) return new RenderData('')
    const data = new RenderData(readFileSync(file, 'utf8'))
    data.index(file)
    return data
  }

  /**
   * The property names a render data key (or a variable) is derived from: `b: t.openType` → `openType`,
   * `b: t.disabled ? "" : t.openType` → `disabled`, `openType`; followed through same-file variables
   * (`const n = computed(() => props.openType)`) a few steps deep.
   */
  propsBehind(key: string): Set<string> {
    const found = new Set<string>()
    const seen = new Set<string>()
    const visit = (name: string, depth: number) => {
      if (depth > 3 || seen.has(name)) return
      seen.add(name)
      for (const node of [...(this.values.get(name) ?? []), ...(this.variables.get(name) ?? [])]) {
        this.walk(node, (inner) => {
          if (inner.type === 'MemberExpression' && !inner.computed) {
            const property = inner.property as Node
            if (property.type === 'Identifier') found.add(property.name as string)
            // `t.openType`: the prop, not whatever `t` is.
            return false
          }
          if (inner.type === 'Identifier') visit(inner.name as string, depth + 1)
          return true
        })
      }
    }
    visit(key, 0)
    return found
  }

  /** The props a custom component receives through `u-p="{{key}}"`, each with the outer props its value comes from. */
  propArguments(key: string): Map<string, Set<string>> {
    const props = new Map<string, Set<string>>()
    for (const node of this.values.get(key) ?? []) {
      const [argument] = node.type === 'CallExpression' ? (node.arguments as Node[]) : []
      if (argument?.type !== 'ObjectExpression') continue
      for (const property of argument.properties as Node[]) {
        const name = keyName(property)
        if (name === undefined) continue
        const outer = new Set<string>()
        this.walk(property.value as Node, (inner) => {
          if (inner.type !== 'MemberExpression' || inner.computed) return true
          const member = inner.property as Node
          if (member.type === 'Identifier') outer.add(member.name as string)
          return false
        })
        props.set(name, outer)
      }
    }
    return props
  }

  /** The literal string props a custom component receives through `u-p="{{key}}"`: `e.p({ openType: "x" })`. */
  literalProps(key: string): Map<string, { value: string; offset: number }> {
    const props = new Map<string, { value: string; offset: number }>()
    for (const node of this.values.get(key) ?? []) {
      if (node.type !== 'CallExpression') continue
      const [argument] = node.arguments as Node[]
      if (argument?.type !== 'ObjectExpression') continue
      for (const property of argument.properties as Node[]) {
        const name = keyName(property)
        const value = property.value as Node | undefined
        if (name !== undefined && value?.type === 'Literal' && typeof value.value === 'string') {
          props.set(name, { value: value.value, offset: value.start })
        }
      }
    }
    return props
  }

  private index(file: string): void {
    let program: Node
    try {
      program = parseSync(file, this.source, { sourceType: 'script' }).program as unknown as Node
    } catch {
      return
    }
    this.walk(program, (node) => {
      if (node.type === 'Property') {
        const name = keyName(node)
        if (name !== undefined) push(this.values, name, node.value as Node)
      } else if (node.type === 'VariableDeclarator' && node.init) {
        const id = node.id as Node
        if (id.type === 'Identifier') push(this.variables, id.name as string, node.init as Node)
      }
      return true
    })
  }

  /** Visits `node` and, unless `visit` returns `false`, its children. */
  private walk(node: Node, visit: (node: Node) => boolean): void {
    if (!visit(node)) return
    for (const key of visitorKeys[node.type] ?? []) {
      const child = node[key]
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object') this.walk(item as Node, visit)
      } else if (child && typeof child === 'object') this.walk(child as Node, visit)
    }
  }
}

function keyName(property: Node): string | undefined {
  if (property.type !== 'Property' || property.computed) return undefined
  const key = property.key as Node
  if (key.type === 'Identifier') return key.name as string
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value
  return undefined
}

function push(map: Map<string, Node[]>, key: string, node: Node): void {
  const list = map.get(key)
  if (list) list.push(node)
  else map.set(key, [node])
}
