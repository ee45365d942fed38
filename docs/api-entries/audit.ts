/**
 * The public API of `@mp-privacy/audit`, generated from its TypeScript sources.
 * @module @mp-privacy/audit
 */
export * from '@mp-privacy/audit'
