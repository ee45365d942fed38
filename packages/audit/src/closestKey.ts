import { PRIVACY_KEYS } from '@mp-privacy/core/catalog'

const KNOWN_KEYS: readonly string[] = PRIVACY_KEYS

/**
 * The catalog key a misspelt key is close to: the same letters in another case, or at most one edit away (two
 * for keys of eight letters or more). Real custom keys are further away and stay allowed.
 *
 * @example
 * ```ts
 * import { closestKey } from './closestKey'
 * closestKey('Locaton') // 'Location'
 * ```
 */
export function closestKey(key: string): string | undefined {
  const lower = key.toLowerCase()
  let best: { key: string; distance: number } | undefined
  for (const known of KNOWN_KEYS) {
    const distance = known.toLowerCase() === lower ? 0 : editDistance(lower, known.toLowerCase())
    const allowed = known.length >= 8 ? 2 : 1
    if (distance <= allowed && (!best || distance < best.distance)) best = { key: known, distance }
  }
  return best?.key
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
