/**
 * The public API of `@mp-privacy/simulator/taro`, generated from its TypeScript sources.
 * @module @mp-privacy/simulator/taro
 */
export * from '@mp-privacy/simulator/taro'
