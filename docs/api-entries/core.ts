/**
 * The public API of `@mp-privacy/core`, generated from its TypeScript sources.
 * @module @mp-privacy/core
 */
export * from '@mp-privacy/core'
