// Runs before `pack` in each package folder: the tarball carries the host-behaviour rules its README links to.
import { copyFileSync, existsSync } from 'node:fs'

const rules = new URL('../docs/host-behaviour.md', import.meta.url)
if (!existsSync(rules)) {
  console.error(
    'prepack: docs/host-behaviour.md is missing; the README links to it. Run from a full checkout.',
  )
  process.exit(1)
}
copyFileSync(rules, 'host-behaviour.md')
