/**
 * The public API of `@mp-privacy/vue/taro`, generated from its TypeScript sources.
 * @module @mp-privacy/vue/taro
 */
export * from '@mp-privacy/vue/taro'
