/** One build task (see the comment at the top of scripts/tasks.mjs). Paths are relative to `dir`. */
export interface Task {
  /** Where the command runs, relative to the repository root. */
  readonly dir: string
  /** The command and its arguments; the binary comes from dir's, then the root's node_modules/.bin. */
  readonly command: readonly string[]
  /** Files and folders (walked) the build reads. */
  readonly inputs: readonly string[]
  /** Paths under `inputs` that are not inputs (generated files). */
  readonly exclude?: readonly string[]
  /** The folder the build writes. */
  readonly outputDir: string
  /** Files that exist after a complete build. */
  readonly outputs: readonly string[]
  /** Tasks whose output the build reads (copies, bundles): built first, their hashes part of this one's. */
  readonly deps?: readonly string[]
  /** Tasks whose output runs during the build (a plugin that checks, not writes): built first, not hashed. */
  readonly tools?: readonly string[]
  /** Added to the build's environment. */
  readonly env?: Readonly<Record<string, string>>
}

/** The repository root. */
export declare const repoRoot: string

/**
 * Every build task of the workspace by id (`audit`, `taro-app:weapp`, `uni-app:mp-weixin`, `docs:site`, …).
 *
 * @example
 * Object.keys(tasks) // ['audit', 'taro-app:weapp', …]
 */
export declare const tasks: Readonly<Record<string, Task>>

/** What `createTaskRunner` returns; the module's own exports are the repository's runner. */
export interface TaskRunner {
  outputDir(id: string): string
  inputFiles(id: string): string[]
  inputsHash(id: string): string
  ensureBuilt(
    id: string,
    options?: { force?: boolean; stdio?: 'pipe' | 'inherit' },
  ): { outputDir: string; built: boolean }
}

/**
 * A runner over another task table rooted elsewhere (the tests of this module use a temporary workspace).
 * Hash records and locks go to `<root>/.cache/build/`.
 *
 * @example
 * const { ensureBuilt } = createTaskRunner({ root: dir, tasks: { app: { dir: 'app', … } } })
 */
export declare function createTaskRunner(options: {
  root: string
  tasks: Readonly<Record<string, Task>>
}): TaskRunner

/**
 * The absolute path of the folder a task writes.
 *
 * @example
 * const weappDir = outputDir('taro-app:weapp') // …/examples/taro-app/dist
 */
export declare const outputDir: TaskRunner['outputDir']

/**
 * The files a task's hash covers besides its dependencies' versions and its `deps`: its `inputs` and the
 * sources of the workspace packages it bundles, absolute and sorted. Test files are never inputs.
 *
 * @example
 * inputFiles('uni-app:mp-weixin').some((file) => file.endsWith('packages/core/src/client.ts')) // true
 */
export declare const inputFiles: TaskRunner['inputFiles']

/**
 * A sha256 of what a task's build reads: the task, its dependencies' installed versions, `inputFiles(id)`, and
 * the hashes of its `deps` (not of its `tools`).
 *
 * @example
 * const before = inputsHash('taro-app:weapp')
 */
export declare const inputsHash: TaskRunner['inputsHash']

/**
 * Builds a task unless its output was built from the same inputs; builds its `deps` and `tools` first. `force` builds it
 * anyway (its deps only when changed); `stdio: 'inherit'` shows the build's output instead of keeping it for
 * the error.
 *
 * @example
 * const { outputDir, built } = ensureBuilt('taro-app:h5')
 */
export declare const ensureBuilt: TaskRunner['ensureBuilt']
