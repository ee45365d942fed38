import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { type Scope, scopes } from '@mp-privacy/core/catalog'
import { COMPONENTS, VARIANT_ATTRIBUTE } from './gated'
import { lineColumn } from './locate'
import type { PassedValues } from './propertyGates'
import { npmFolders } from './reach'
import { RenderData } from './renderData'
import { gatedVariants, type WxmlElement, wxmlElements } from './scanWxml'
import type { Usage } from './types'

/**
 * Gated native elements the app uses through custom components ({@link WrapperScanner}), in every template of the
 * app folder `dir`, as usages that name the wrapper (`via`).
 */
export function wrapperUsages(dir: string): Usage[] {
  const scanner = new WrapperScanner(dir)
  const usages: Usage[] = []
  for (const file of templates(dir)) {
    for (const hit of scanner.scan(file, readFileSync(file, 'utf8'))) {
      const keys = COMPONENTS.find((component) => component.name === hit.name)?.keys ?? []
      const scope = (Object.keys(scopes) as Scope[]).find((id) => scopes[id].components.includes(hit.name))
      const location = { file, ...lineColumn(hit.source, hit.offset) }
      usages.push({
        kind: 'component',
        name: hit.name,
        privacyKeys: [...keys],
        scope,
        location,
        via: hit.via,
      })
    }
  }
  return usages
}

function templates(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...templates(path))
    else if (entry.isFile() && entry.name.endsWith('.wxml')) files.push(path)
  }
  return files.sort()
}

/** A gated native element used through a custom component, found where the page writes the component. */
export interface WrapperHit {
  file: string
  source: string
  offset: number
  /** The catalog name of the native element: `button.getPhoneNumber`. */
  name: string
  /** The custom component's tag as written: `van-button`. */
  via: string
}

/** A component: its path without extension (`…/miniprogram_npm/@vant/weapp/button/index`). */
type Base = string

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

/** The names a `{{ … }}` binding can evaluate to: `disabled || loading ? '' : openType` → `openType` among them. */
function boundNames(value: string): string[] {
  const match = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(value)
  if (!match) return []
  return (match[1] as string)
    .split(/\?|:|\|\||&&/)
    .map((part) =>
      part
        .trim()
        .replace(/^\(+|\)+$/g, '')
        .trim(),
    )
    .filter((part) => /^[A-Za-z_$][\w$]*$/.test(part))
}

/**
 * Follows gated attributes through custom components, by their data flow rather than by library names. A
 * component whose template binds one of its properties to a gated attribute of a native element
 * (`<button open-type="{{ openType }}">`, `<input type="{{ type }}">`, or uni-app's `open-type="{{b}}"` with
 * `b: t.openType` in its render data) forwards that property; a page that writes the component with a gated literal
 * value (`<van-button open-type="getPhoneNumber">`, or uni-app's `u-p` render data `{ openType: "getPhoneNumber" }`)
 * uses the gated element. Components resolve through `usingComponents` of the page's or component's json and of
 * app.json, relative, absolute (from the app root) or from `miniprogram_npm`; forwarding through nested wrappers
 * counts.
 */
export class WrapperScanner {
  private readonly globals: Record<string, string>
  private readonly forwards = new Map<Base, Map<string, string>>()
  private readonly renders = new Map<Base, RenderData>()
  private readonly elements = new Map<string, WxmlElement[]>()

  constructor(private readonly dir: string) {
    this.globals = usingComponentsOf(join(dir, 'app.json'))
  }

  /** The wrapper uses in one template of the app. */
  scan(file: string, source: string): WrapperHit[] {
    const base = file.replace(/\.wxml$/, '')
    const hits: WrapperHit[] = []
    for (const element of wxmlElements(source)) {
      const target = this.resolveTag(base, element.tag)
      if (!target) continue
      const forwarded = this.forwardedProps(target, new Set())
      if (forwarded.size === 0) continue
      for (const [prop, value] of this.literalAttributes(base, element)) {
        const native = forwarded.get(prop)
        if (!native) continue
        for (const name of gatedVariants(native, value)) {
          hits.push({ file, source, offset: element.offset, name, via: element.tag })
        }
      }
    }
    return hits
  }

  /**
   * What the usages of a component (its path without extension) in the templates `files` give its property `prop`
   * (camelCase): literal values, whether some usage leaves it out, and whether some usage cannot be read (a bound
   * expression, uni-app render data that is not literal, the component given as a `generic:` implementation), and
   * where a template passes on a value of its own (`open-type="{{ confirmButtonOpenType }}"` in Vant's dialog).
   */
  passedValues(files: Iterable<string>, component: Base, prop: string): PassedValues {
    const values: PassedValues = {
      literals: new Set(),
      forwarded: [],
      unknown: false,
      omitted: false,
      count: 0,
    }
    const templates = [...files]
    // A template without a json beside it is included or imported by another one, whose components its tags name.
    const names = new Set(
      Object.keys(this.globals).filter((tag) => this.resolveTag(join(this.dir, 'app'), tag) === component),
    )
    for (const file of templates) {
      const base = file.replace(/\.wxml$/, '')
      for (const tag of Object.keys(usingComponentsOf(`${base}.json`)))
        if (this.resolveTag(base, tag) === component) names.add(tag)
    }
    for (const file of templates) {
      const base = file.replace(/\.wxml$/, '')
      const fragment = !existsSync(`${base}.json`)
      for (const element of this.elementsOf(file)) {
        if (fragment && names.has(element.tag) && this.resolveTag(base, element.tag) === undefined) {
          values.count++
          values.unknown = true
          continue
        }
        for (const [name, value] of element.attributes) {
          if (name.startsWith('generic:') && this.resolveTag(base, value) === component) {
            values.count++
            values.unknown = true
          }
        }
        if (this.resolveTag(base, element.tag) !== component) continue
        values.count++
        const literal = this.literalAttributes(base, element).find(([name]) => name === prop)
        const bound = [...element.attributes].find(([name]) => camel(name) === prop)?.[1]
        const forwarded =
          bound === undefined ? undefined : /^\s*\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}\s*$/.exec(bound)
        if (literal) values.literals.add(literal[1])
        else if (forwarded) values.forwarded.push({ component: base, prop: forwarded[1] as string })
        else if (bound !== undefined || element.attributes.has('u-p')) values.unknown = true
        else values.omitted = true
      }
    }
    return values
  }

  private elementsOf(file: string): WxmlElement[] {
    let elements = this.elements.get(file)
    if (!elements) {
      elements = existsSync(file) ? [...wxmlElements(readFileSync(file, 'utf8'))] : []
      this.elements.set(file, elements)
    }
    return elements
  }

  /** Literal attribute values a page passes to a custom component, by camelCase property name. */
  private literalAttributes(base: Base, element: WxmlElement): [string, string][] {
    const values: [string, string][] = []
    for (const [name, value] of element.attributes) {
      if (name === 'u-p') {
        const key = boundNames(value)[0]
        if (key) {
          for (const [prop, literal] of this.render(base).literalProps(key))
            values.push([camel(prop), literal.value])
        }
      } else if (!value.includes('{{')) values.push([camel(name), value])
    }
    return values
  }

  /** Which properties of a component reach a gated native attribute: property → native tag (`button`, `input`). */
  private forwardedProps(base: Base, visiting: Set<Base>): Map<string, string> {
    const known = this.forwards.get(base)
    if (known) return known
    if (visiting.has(base)) return new Map()
    visiting.add(base)
    const props = new Map<string, string>()
    const source = templateOf(`${base}.wxml`, new Set())
    for (const element of wxmlElements(source)) {
      const variant = VARIANT_ATTRIBUTE[element.tag]
      const bindings: [string, string][] = []
      if (variant) {
        const value = element.attributes.get(variant.wxml)
        if (value !== undefined) bindings.push([value, element.tag])
      } else {
        const inner = this.resolveTag(base, element.tag)
        const innerProps = inner ? this.forwardedProps(inner, visiting) : new Map<string, string>()
        for (const [attribute, value] of element.attributes) {
          if (attribute === 'u-p') {
            // uni-app: `u-p="{{x}}"` with `x: e.p({ openType: t.openType })` in the render data.
            const key = boundNames(value)[0]
            for (const [prop, outer] of key ? this.render(base).propArguments(key) : []) {
              const native = innerProps.get(camel(prop))
              if (native) for (const name of outer) props.set(name, native)
            }
            continue
          }
          const native = innerProps.get(camel(attribute))
          if (native) bindings.push([value, native])
        }
      }
      for (const [value, native] of bindings) {
        for (const name of boundNames(value)) {
          props.set(name, native)
          for (const prop of this.render(base).propsBehind(name)) props.set(prop, native)
        }
      }
    }
    visiting.delete(base)
    this.forwards.set(base, props)
    return props
  }

  private render(base: Base): RenderData {
    let data = this.renders.get(base)
    if (!data) {
      data = RenderData.of(base)
      this.renders.set(base, data)
    }
    return data
  }

  /** The component a tag stands for in the template `base`, or `undefined` for a native element or a plugin. */
  private resolveTag(base: Base, tag: string): Base | undefined {
    const own = usingComponentsOf(`${base}.json`)
    const path = own[tag] ?? this.globals[tag]
    if (path === undefined || path.startsWith('plugin://') || path.startsWith('plugin-private://')) return
    const candidates = path.startsWith('/')
      ? [join(this.dir, path)]
      : path.startsWith('.')
        ? [resolve(dirname(base), path)]
        : [...npmFolders(dirname(base), this.dir).map((folder) => join(folder, path)), join(this.dir, path)]
    for (const candidate of candidates) {
      for (const file of [candidate, join(candidate, 'index')]) {
        if (existsSync(`${file}.wxml`)) return file
      }
    }
    return undefined
  }
}

function usingComponentsOf(jsonFile: string): Record<string, string> {
  if (!existsSync(jsonFile)) return {}
  try {
    const parsed = JSON.parse(readFileSync(jsonFile, 'utf8').replace(/^\uFEFF/, '')) as {
      usingComponents?: Record<string, unknown>
    }
    const using = parsed.usingComponents ?? {}
    return Object.fromEntries(
      Object.entries(using).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    )
  } catch {
    return {}
  }
}

/** A template with its `<include src>` files inlined (Vant's field keeps its `<input>` in `input.wxml`). */
function templateOf(file: string, seen: Set<string>): string {
  if (seen.has(file) || !existsSync(file)) return ''
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  const included: string[] = []
  for (const element of wxmlElements(source)) {
    const src = element.attributes.get('src')
    if ((element.tag === 'include' || element.tag === 'import') && src) {
      included.push(templateOf(resolve(dirname(file), src.endsWith('.wxml') ? src : `${src}.wxml`), seen))
    }
  }
  return [source, ...included].join('\n')
}
