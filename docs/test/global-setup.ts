import { ensureBuilt } from '../../scripts/tasks.mjs'

/** Builds the site for the browser test unless its inputs are unchanged (≈ 1 min from scratch, instant otherwise). */
export default function setup(): void {
  ensureBuilt('docs:site')
}
