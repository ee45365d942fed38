/**
 * The public API of `@mp-privacy/openapi`, generated from its TypeScript sources.
 * @module @mp-privacy/openapi
 */
export * from '@mp-privacy/openapi'
