import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { project } from '../../vitest.shared'

// Mini-program tags that are no HTML elements: render them as plain elements in jsdom.
const miniProgramTags = new Set(['view', 'text'])

export default project('vue', {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => miniProgramTags.has(tag) } } })],
  test: {
    environment: 'jsdom',
    // vue-tsc (this package's, not on the root PATH): the type check also reads tests importing .vue files.
    typecheck: { checker: fileURLToPath(new URL('node_modules/.bin/vue-tsc', import.meta.url)) },
  },
})
