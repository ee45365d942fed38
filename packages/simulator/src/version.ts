/** Compares two dotted base-library versions: negative when `a < b`, 0 when equal, positive when `a > b`. */
export function compareVersion(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  const length = Math.max(pa.length, pb.length)
  for (let i = 0; i < length; i++) {
    const diff = Number(pa[i] ?? 0) - Number(pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** `true` when `version` is at least `min`. */
export function atLeast(version: string, min: string): boolean {
  return compareVersion(version, min) >= 0
}

/** Versions the rules of the spec depend on. */
export const versions = {
  /** H1/H2: the four privacy APIs and the gate exist from here. */
  privacyApis: '2.32.3',
  /** H22: coupled privacy + scope popup from here. */
  coupledPopup: '3.4.2',
} as const

/** H17 [seen]: agree buttons without an `id` fire no agree event on 2.32.3–2.32.x and 3.0.0–3.0.1. */
export function agreeEventNeedsId(version: string): boolean {
  return (
    (atLeast(version, '2.32.3') && !atLeast(version, '2.33.0')) ||
    (atLeast(version, '3.0.0') && !atLeast(version, '3.0.2'))
  )
}
