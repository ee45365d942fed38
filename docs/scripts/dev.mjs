// `pnpm docs:dev`: builds the browser demo (unless unchanged), generates the API reference and copies the demo,
// then starts VitePress's dev server (pages reload on save; run it again after changing the packages' sources or
// the demo).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ensureBuilt } from '../../scripts/tasks.mjs'
import { copyDemo, docsRoot, generateApi } from './site.mjs'

console.log('Building the browser demo (skipped when unchanged) and generating the API reference…')
ensureBuilt('taro-app:h5')
generateApi()
copyDemo()
const child = spawn(
  join(docsRoot, 'node_modules', '.bin', 'vitepress'),
  ['dev', '.', ...process.argv.slice(2)],
  {
    cwd: docsRoot,
    stdio: 'inherit',
  },
)
child.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal))
