import {
  describePrivacyKey,
  describeScope,
  type PrivacyKey,
  type Scope,
  scopes,
} from '@mp-privacy/core/catalog'
import type { Finding, FindingUse, ReportLang } from './types'

export function key(finding: Finding, lang: ReportLang): string {
  const k = finding.privacyKey as PrivacyKey | undefined
  if (!k) return finding.subject
  return lang === 'zh' ? `${k}（${describePrivacyKey(k, 'zh')}）` : `${k} (${describePrivacyKey(k, 'en')})`
}

export function scopeName(scope: string, lang: ReportLang): string {
  return scope in scopes ? describeScope(scope as Scope, lang) : scope
}

/** A finding's uses; findings built by hand may carry only `apis`, which are then read as API names. */
function usesOf(finding: Finding): readonly FindingUse[] {
  return finding.uses ?? (finding.apis ?? []).map((name) => ({ kind: 'api' as const, name }))
}

/**
 * How the report names a use: an API as an API, a component as its tag (`<button open-type="getPhoneNumber">`, or
 * the wrapper a page writes with the native element inside: `<van-button> (its inner <button open-type="…">)`), a
 * scope as a scope.
 *
 * @example
 * ```ts
 * import { nameUse } from '@mp-privacy/audit'
 * nameUse({ kind: 'component', name: 'button.getPhoneNumber' }, 'en') // 'the component <button open-type="getPhoneNumber">'
 * ```
 */
export function nameUse(use: FindingUse, lang: ReportLang): string {
  return `${noun(use.kind, 1, lang)} ${bare(use, lang)}`
}

const NOUNS = {
  api: { zh: '接口', en: ['the API', 'the APIs'] },
  component: { zh: '组件', en: ['the component', 'the components'] },
  scope: { zh: 'scope', en: ['the scope', 'the scopes'] },
} as const

function noun(kind: FindingUse['kind'], count: number, lang: ReportLang): string {
  return lang === 'zh' ? NOUNS[kind].zh : NOUNS[kind].en[count > 1 ? 1 : 0]
}

/** A use without its kind: `getLocation`, `<van-button> (its inner <button open-type="getPhoneNumber">)`. */
function bare(use: FindingUse, lang: ReportLang): string {
  if (use.kind !== 'component') return use.name
  const [tag = use.name, value] = use.name.split('.')
  const attribute = tag === 'input' ? 'type' : 'open-type'
  const native = `<${tag}${value ? ` ${attribute}="${value}"` : ''}>`
  if (!use.via) return native
  return lang === 'zh' ? `<${use.via}>（内部的 ${native}）` : `<${use.via}> (its inner ${native})`
}

/** Uses of one kind: "the APIs chooseImage, chooseMedia" / "接口 chooseImage、chooseMedia". */
function named(items: readonly FindingUse[], lang: ReportLang): string {
  const kind = items[0]?.kind ?? 'api'
  const names = items.map((use) => bare(use, lang)).join(lang === 'zh' ? '、' : ', ')
  return `${noun(kind, items.length, lang)} ${names}`
}

function byKind(finding: Finding): FindingUse[][] {
  const all = usesOf(finding)
  return (['api', 'component', 'scope'] as const)
    .map((kind) => all.filter((use) => use.kind === kind))
    .filter((items) => items.length > 0)
}

export function uses(finding: Finding, lang: ReportLang): string {
  return byKind(finding)
    .map((items) => named(items, lang))
    .join(lang === 'zh' ? '、' : ', ')
}

/** What fails on a device, by kind: API calls fail with errno 112, components do not work, authorize fails. */
export function consequences(finding: Finding, lang: ReportLang): string {
  const zh = lang === 'zh'
  return byKind(finding)
    .map((items) => {
      const kind = items[0]?.kind
      if (kind === 'component') {
        return zh
          ? `${named(items, lang)} 无法使用（errno 112）`
          : `${named(items, lang)} will not work (errno 112)`
      }
      if (kind === 'scope') {
        return zh
          ? `authorize 申请 ${named(items, lang)} 会以 errno 112 失败`
          : `authorize for ${named(items, lang)} will fail with errno 112`
      }
      return zh
        ? `${named(items, lang)} 的调用会以 errno 112 失败`
        : `${named(items, lang)} will fail with errno 112`
    })
    .join(zh ? '；' : '; ')
}
