/**
 * The public API of `@mp-privacy/simulator`, generated from its TypeScript sources.
 * @module @mp-privacy/simulator
 */
export * from '@mp-privacy/simulator'
