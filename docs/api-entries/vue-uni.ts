/**
 * The public API of `@mp-privacy/vue/uni`, generated from its TypeScript sources.
 * @module @mp-privacy/vue/uni
 */
export * from '@mp-privacy/vue/uni'
