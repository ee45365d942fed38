// The check runner the consumer and guide checks share: run a command, record a named check, count the tests of
// the Vitest JSON reports an app's own test run writes. Failures print the last 60 lines of their output.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Runs a command; never throws.
 *
 * @example
 * const { ok, output } = run('npm', ['run', 'build:weapp'], appDir)
 */
export function run(cmd, args, cwd, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}

/**
 * A list of named checks. `check(name, fn)` runs `fn` (which returns `{ ok, detail? | output? }`), prints ✓/✗ and
 * returns whether it passed; a throw is a failure. `vitest(app, label, env)` runs an app's own Vitest with a JSON
 * report and adds its tests to the totals (a run that writes no report counts as one failed test).
 *
 * @example
 * const checks = createChecks()
 * if (checks.check('app: npm install', () => run('npm', ['install'], app)))
 *   checks.check('app: vitest', () => checks.vitest(app, 'app'))
 * const { passed, failed, list, vitestPassed, vitestFailed } = checks.totals()
 */
export function createChecks() {
  const list = []
  let vitestPassed = 0
  let vitestFailed = 0
  return {
    check(name, fn) {
      const started = Date.now()
      let ok = false
      let detail = ''
      try {
        const result = fn()
        ok = result.ok
        detail = String(result.detail ?? result.output ?? '')
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error)
      }
      const seconds = Number(((Date.now() - started) / 1000).toFixed(1))
      list.push({ name, ok, seconds })
      console.log(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`)
      if (!ok) console.log(detail.split('\n').slice(-60).join('\n'))
      return ok
    },
    vitest(app, label, env = {}) {
      const report = join(app, `vitest-${label}.json`)
      rmSync(report, { force: true })
      const args = ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json']
      const result = run('npx', [...args, `--outputFile.json=${report}`], app, env)
      if (!existsSync(report)) {
        vitestFailed += 1
        return { ok: false, detail: result.output }
      }
      const json = JSON.parse(readFileSync(report, 'utf8'))
      vitestPassed += json.numPassedTests
      vitestFailed += json.numFailedTests + (json.numRuntimeErrorTests ?? 0)
      return { ok: result.ok && json.numTotalTests > 0, detail: result.output }
    },
    totals() {
      const passed = list.filter((c) => c.ok).length
      return { list, passed, failed: list.length - passed, vitestPassed, vitestFailed }
    },
  }
}

/** Type errors that are ours: in the app's src or inside our packages (Taro's own declarations have some). */
function ourTypeErrors(output) {
  return output
    .split('\n')
    .filter((line) => /error TS\d+/.test(line) && /^(src[/\\]|node_modules[/\\]@mp-privacy[/\\])/.test(line))
}

/**
 * Type-checks an app with one of its tsconfigs (`bin`: tsc or vue-tsc); fails on errors in the app's src or in our
 * packages, and on a broken configuration.
 *
 * @example
 * check('app: tsc', () => tsc(appDir, 'tsconfig.json'))
 */
export function tsc(app, project, bin = 'tsc') {
  const result = run('npx', ['--no-install', bin, '--noEmit', '-p', project], app)
  const errors = ourTypeErrors(result.output)
  // TS5xxx: the configuration itself is wrong; a crash prints no diagnostics at all.
  const broken = /error TS5\d{3}/.test(result.output) || (!result.ok && !/error TS\d+/.test(result.output))
  return { ok: errors.length === 0 && !broken, detail: errors.join('\n') || result.output }
}
