// `node scripts/build.mjs [--force] [--deps] <task>…`: builds the tasks of scripts/tasks.mjs unless their inputs
// are unchanged (dependencies first), showing each build's output.
//   --force  builds the named tasks even when unchanged (their dependencies only when changed)
//   --deps   builds only what the named tasks depend on (before a `--watch` build of the task itself)
// Exit codes: 0 built or up to date, 1 a build failed, 2 bad usage.
import { ensureBuilt, tasks } from './tasks.mjs'

const args = process.argv.slice(2)
const force = args.includes('--force')
const depsOnly = args.includes('--deps')
const ids = args.filter((arg) => !arg.startsWith('--'))
const unknown = [...args.filter((arg) => arg.startsWith('--') && arg !== '--force' && arg !== '--deps')]
unknown.push(...ids.filter((id) => !Object.hasOwn(tasks, id)))
if (ids.length === 0 || unknown.length > 0) {
  console.error(
    `${unknown.length > 0 ? `Unknown: ${unknown.join(' ')}. ` : ''}Usage: node scripts/build.mjs [--force] [--deps] <task>… with tasks ${Object.keys(tasks).join(', ')}.`,
  )
  process.exit(2)
}

try {
  for (const id of ids) {
    const targets = depsOnly ? [...(tasks[id]?.deps ?? []), ...(tasks[id]?.tools ?? [])] : [id]
    for (const target of targets) {
      const started = Date.now()
      const { outputDir, built } = ensureBuilt(target, { force: force && !depsOnly, stdio: 'inherit' })
      const took = ((Date.now() - started) / 1000).toFixed(1)
      console.log(built ? `${target}: built in ${took} s → ${outputDir}` : `${target}: up to date`)
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
