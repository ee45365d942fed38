/**
 * The public API of `@mp-privacy/react`, generated from its TypeScript sources.
 * @module @mp-privacy/react
 */
export * from '@mp-privacy/react'
