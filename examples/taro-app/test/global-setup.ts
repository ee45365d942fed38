import { ensureBuilt } from '../scripts/build.mjs'

/** Builds dist/ (weapp) for the end-to-end tests unless its inputs are unchanged (keeps `pnpm test` fast). */
export default function setup(): void {
  ensureBuilt('weapp')
}
