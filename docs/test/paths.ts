import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The documentation package (docs/). */
export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The repository root. */
export const repoRoot = join(docsRoot, '..')

/** The rules page every `H<n>` id refers to. */
export const rulesPage = join(docsRoot, 'host-behaviour.md')
