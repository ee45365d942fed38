/**
 * The public API of `@mp-privacy/vue`, generated from its TypeScript sources.
 * @module @mp-privacy/vue
 */
export * from '@mp-privacy/vue'
