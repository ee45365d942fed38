// `pnpm demo`: builds the browser demo (H5 + the WeChat simulator as host) unless unchanged, serves it on
// 127.0.0.1 and prints the URL. Port: $DEMO_PORT (or $PORT), else a free one. Ctrl+C stops it.
import { serve } from '../../../scripts/serve.mjs'
import { ensureBuilt } from '../../../scripts/tasks.mjs'

const port = Number(process.env.DEMO_PORT ?? process.env.PORT ?? 0)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`DEMO_PORT must be a port number, got "${process.env.DEMO_PORT ?? process.env.PORT}".`)
  process.exit(1)
}

console.log('Building the H5 demo (taro build --type h5; skipped when the sources are unchanged)…')
const started = Date.now()
const { outputDir, built } = ensureBuilt('taro-app:h5')
console.log(built ? `Built in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Up to date.')

const server = await serve({ root: outputDir, port })
console.log(`\nmp-privacy demo: ${server.url}\n      in Chinese: ${server.url}?lang=zh-CN\n`)
console.log('Open it in a browser and click through the privacy prompts. Ctrl+C stops the server.')

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
