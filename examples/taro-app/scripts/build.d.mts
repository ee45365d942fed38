/** A platform the example builds for: WeChat (`dist/`) or the browser demo (`dist-h5/`). */
export type Platform = 'weapp' | 'h5'

/** The example's folder (examples/taro-app). */
export declare const appRoot: string

/**
 * Where `taro build --type <platform>` writes.
 *
 * @example
 * await loadMiniProgram({ root: outputDirs.weapp, host: sim })
 */
export declare const outputDirs: Readonly<Record<Platform, string>>

/**
 * A hash of what the build reads: the app's sources and config, the installed versions of its dependencies,
 * and the sources of the workspace packages it bundles.
 *
 * @example
 * const hash = inputsHash('weapp')
 */
export declare function inputsHash(platform: Platform): string

/**
 * Runs `taro build --type <platform>` unless the output was built from the same inputs.
 *
 * @example
 * const { outputDir, built } = ensureBuilt('h5')
 */
export declare function ensureBuilt(platform: Platform): { outputDir: string; built: boolean }
