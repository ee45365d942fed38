/** Bundles `entry` (ESM, minified) without `external` packages; returns min and min+gzip bytes. */
export function measure(entry: string, external?: string[]): Promise<{ min: number; gzip: number }>
export const budgets: ReadonlyArray<readonly [string, string, string[], number | null]>
