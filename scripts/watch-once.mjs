// Runs a development (watch) build until its first build is complete, then stops it: the development output of
// `taro build --watch` and `uni -p mp-weixin`, as a task of scripts/tasks.mjs can build it.
//
//   node scripts/watch-once.mjs <ready text> <output file> -- <command> [args…]
//
// The command is looked up in ./node_modules/.bin, then in the repository's. Done when the command printed
// <ready text> and <output file> (relative to the current folder) exists; exit code 1 after 5 minutes, or when the
// command exits first.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const [ready, outputFile, separator, command, ...args] = process.argv.slice(2)
if (!ready || !outputFile || separator !== '--' || !command) {
  console.error('usage: node scripts/watch-once.mjs <ready text> <output file> -- <command> [args…]')
  process.exit(2)
}
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const path = [
  join(process.cwd(), 'node_modules', '.bin'),
  join(repoRoot, 'node_modules', '.bin'),
  process.env.PATH,
]
  .filter(Boolean)
  .join(delimiter)
// Its own process group, so that stopping it stops whatever it started.
const child = spawn(command, args, { env: { ...process.env, PATH: path }, detached: true, stdio: 'pipe' })
let log = ''
let done = false
const stop = (code) => {
  if (done) return
  done = true
  clearInterval(poll)
  clearTimeout(timer)
  try {
    process.kill(-(child.pid ?? 0), 'SIGTERM')
  } catch {}
  if (code !== 0) console.error(log.slice(-4000))
  process.exit(code)
}
const check = () => {
  if (log.includes(ready) && existsSync(outputFile)) stop(0)
}
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    log += chunk.toString()
    check()
  })
}
child.on('exit', () => stop(1))
child.on('error', (error) => {
  log += String(error)
  stop(1)
})
const poll = setInterval(check, 500)
const timer = setTimeout(() => stop(1), 5 * 60_000)
