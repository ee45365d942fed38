// The app's own Vite config, plus a record of the modules in each chunk of the build: the consumer check builds
// with it (`uni build -p mp-weixin -c vite.modules.config.ts`) to show that the library is bundled once.
// Writes { [chunk]: moduleIds } to $MODULES_JSON.
import { writeFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import app from './vite.config'

const chunks: Record<string, string[]> = {}
const listModules: Plugin = {
  name: 'list-modules',
  generateBundle(_, bundle) {
    for (const [name, output] of Object.entries(bundle)) {
      if (output.type === 'chunk') chunks[name] = Object.keys(output.modules)
    }
    writeFileSync(process.env.MODULES_JSON ?? 'modules.json', `${JSON.stringify(chunks, null, 2)}\n`)
  },
}

export default { ...app, plugins: [...(app.plugins ?? []), listModules] }
