/**
 * The public API of `@mp-privacy/core/ui`, generated from its TypeScript sources.
 * @module @mp-privacy/core/ui
 */
export * from '@mp-privacy/core/ui'
