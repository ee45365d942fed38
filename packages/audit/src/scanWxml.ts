import { COMPONENTS, VARIANT_ATTRIBUTE } from './rules'

/** A gated component found in a template, at an offset of its file. */
export interface WxmlHit {
  name: string
  offset: number
  /** The custom component the template writes, when the gated element is inside it (`van-button`). */
  via?: string
}

/** An element of a template: its tag, its attributes as written, and where it starts. */
export interface WxmlElement {
  tag: string
  attributes: Map<string, string>
  offset: number
}

const TAG =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const TAGS = new Set(COMPONENTS.map((component) => component.tag))

/** Every opening tag of a template, comments skipped. */
export function* wxmlElements(source: string): Generator<WxmlElement> {
  for (const match of source.matchAll(TAG)) {
    const tag = match[1]
    if (tag === undefined) continue
    const attributes = new Map<string, string>()
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes.set(attribute[1] as string, attribute[2] ?? attribute[3] ?? attribute[4] ?? '')
    }
    yield { tag, attributes, offset: match.index ?? 0 }
  }
}

/**
 * The catalog's gated components that a native element with this variant value is: `button` + `getPhoneNumber` →
 * `button.getPhoneNumber`; combined open-types (`getPhoneNumber|agreePrivacyAuthorization`, H17) count.
 */
export function gatedVariants(tag: string, value: string): string[] {
  const parts = value.split('|').map((part) => part.trim())
  return COMPONENTS.filter((component) => component.tag === tag && component.value !== undefined)
    .filter((component) => parts.includes(component.value as string))
    .map((component) => component.name)
}

/**
 * Gated components in a WXML template: `<camera>`, `<button open-type="getPhoneNumber">`,
 * `<input type="nickname">`. Bound values (`open-type="{{t}}"`, as in Taro's generic base.wxml) say nothing here
 * and are skipped (a wrapper's bound value is followed by wrappers.ts); combined open-types count.
 */
export function scanWxml(source: string): WxmlHit[] {
  const hits: WxmlHit[] = []
  for (const { tag, attributes, offset } of wxmlElements(source)) {
    if (!TAGS.has(tag)) continue
    for (const component of COMPONENTS) {
      if (component.tag === tag && component.value === undefined) hits.push({ name: component.name, offset })
    }
    const variant = VARIANT_ATTRIBUTE[tag]
    const value = variant ? attributes.get(variant.wxml) : undefined
    if (value === undefined || value.includes('{{')) continue
    for (const name of gatedVariants(tag, value)) hits.push({ name, offset })
  }
  return hits
}
