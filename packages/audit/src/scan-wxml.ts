import { COMPONENTS, VARIANT_ATTRIBUTE } from './rules'

/** A gated component found in a template, at an offset of its file. */
export interface WxmlHit {
  name: string
  offset: number
}

const TAG = /<!--[\s\S]*?-->|<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const TAGS = new Set(COMPONENTS.map((component) => component.tag))

/**
 * Gated components in a WXML template: `<camera>`, `<button open-type="getPhoneNumber">`,
 * `<input type="nickname">`. Bound values (`open-type="{{t}}"`, as in Taro's generic base.wxml) say nothing and
 * are skipped; combined open-types (`getPhoneNumber|agreePrivacyAuthorization`, H17) count.
 */
export function scanWxml(source: string): WxmlHit[] {
  const hits: WxmlHit[] = []
  for (const match of source.matchAll(TAG)) {
    const tag = match[1]
    if (tag === undefined || !TAGS.has(tag)) continue
    const offset = match.index ?? 0
    const attributes = new Map<string, string>()
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1] as string
      attributes.set(name, attribute[2] ?? attribute[3] ?? attribute[4] ?? '')
    }
    for (const component of COMPONENTS) {
      if (component.tag !== tag) continue
      if (component.value === undefined) {
        hits.push({ name: component.name, offset })
        continue
      }
      const variant = VARIANT_ATTRIBUTE[tag]
      const value = variant ? attributes.get(variant.wxml) : undefined
      if (value === undefined || value.includes('{{')) continue
      if (
        value
          .split('|')
          .map((part) => part.trim())
          .includes(component.value)
      )
        hits.push({ name: component.name, offset })
    }
  }
  return hits
}
