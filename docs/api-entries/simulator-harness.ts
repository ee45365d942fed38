/**
 * The public API of `@mp-privacy/simulator/harness`, generated from its TypeScript sources.
 * @module @mp-privacy/simulator/harness
 */
export * from '@mp-privacy/simulator/harness'
