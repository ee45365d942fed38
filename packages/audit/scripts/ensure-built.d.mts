/**
 * Builds packages/audit/dist (the Taro and Vite plugins load from it) unless it is newer than every source.
 * Returns whether it built.
 *
 * @example
 * ensureAuditBuilt() // false when dist/ is up to date
 */
export declare function ensureAuditBuilt(): boolean
