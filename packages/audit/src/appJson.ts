import {
  FUZZY_LOCATION_INFOS,
  PERMISSION_DESC_MAX,
  PERMISSION_SCOPES,
  PRECISE_LOCATION_INFOS,
  REQUIRED_PRIVATE_INFOS,
} from './gated'
import { jsonLocation, readJsonFile } from './jsonFile'
import type { Finding, RuleId, Usage } from './types'
import { usesOf } from './usageList'

type Add = (rule: RuleId, finding: Omit<Finding, 'rule' | 'severity'>) => void

/**
 * app.json (or ext.json): `requiredPrivateInfos` and `permission` against the uses. A file that is not JSON
 * throws: without it neither check can run, and a skipped check must not read as a pass.
 */
export function checkAppJson(file: string, usages: readonly Usage[], add: Add): void {
  const { text, value } = readJsonFile(file, {
    missing: 'build the mini program again, then audit its output folder',
    invalid:
      'fix it (WeChat rejects it too), then audit again; requiredPrivateInfos and permission are read from it',
  })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${file} must be a JSON object like { "pages": [...] }: fix it, then audit again`)
  }
  const appJson = value as { requiredPrivateInfos?: unknown; permission?: unknown }
  const at = (...needles: string[]) => [jsonLocation(file, text, needles)]
  const listed = Array.isArray(appJson.requiredPrivateInfos) ? appJson.requiredPrivateInfos.map(String) : []
  for (const info of listed) {
    if (!(REQUIRED_PRIVATE_INFOS as readonly string[]).includes(info)) {
      add('invalid-required-private-info', {
        subject: info,
        locations: at('"requiredPrivateInfos"', `"${info}"`),
      })
    }
  }
  const fuzzy = listed.filter((info) => FUZZY_LOCATION_INFOS.includes(info))
  const precise = listed.filter((info) => PRECISE_LOCATION_INFOS.includes(info))
  if (fuzzy.length > 0 && precise.length > 0) {
    const apis = [...fuzzy, ...precise]
    add('conflicting-required-private-infos', {
      subject: apis.join(', '),
      apis,
      uses: apis.map((name) => ({ kind: 'api' as const, name })),
      locations: at('"requiredPrivateInfos"', `"${fuzzy[0]}"`),
    })
  }
  const apiUsages = usages.filter((item) => item.kind === 'api')
  for (const api of REQUIRED_PRIVATE_INFOS) {
    const used = apiUsages.filter((item) => item.name === api)
    if (used.length > 0 && !listed.includes(api)) {
      add('missing-required-private-info', {
        subject: api,
        ...usesOf(used),
        locations: used.map((item) => item.location),
      })
    }
  }

  const permission =
    typeof appJson.permission === 'object' && appJson.permission !== null
      ? (appJson.permission as Record<string, unknown>)
      : {}
  for (const [scope, entry] of Object.entries(permission)) {
    if (!(PERMISSION_SCOPES as readonly string[]).includes(scope)) {
      add('invalid-permission-scope', { subject: scope, locations: at('"permission"', `"${scope}"`) })
      continue
    }
    const desc = descOf(entry)
    if (desc !== undefined && [...desc].length > PERMISSION_DESC_MAX) {
      add('permission-desc-too-long', {
        subject: scope,
        locations: at('"permission"', `"${scope}"`, '"desc"'),
      })
    }
  }
  for (const scope of PERMISSION_SCOPES) {
    const used = usages.filter((item) => item.scope === scope)
    const desc = descOf(permission[scope])
    if (used.length > 0 && (desc === undefined || desc.trim() === '')) {
      add('missing-permission-desc', {
        subject: scope,
        ...usesOf(used),
        locations: used.map((item) => item.location),
      })
    }
  }
}

function descOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const desc = (entry as { desc?: unknown }).desc
  return typeof desc === 'string' ? desc : undefined
}
