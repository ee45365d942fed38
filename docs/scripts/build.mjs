// `pnpm docs:build`: the API reference, the browser demo and the VitePress site, into docs/.vitepress/dist.
import { ensureSite } from './site.mjs'

const started = Date.now()
const { siteDir } = ensureSite({ force: true })
console.log(`Built the docs site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${siteDir}`)
