/**
 * The public API of `@mp-privacy/core/catalog`, generated from its TypeScript sources.
 * @module @mp-privacy/core/catalog
 */
export * from '@mp-privacy/core/catalog'
