// The workspace's build tasks, declared once as data, and `ensureBuilt(id)`, which runs a task (its `deps` and
// `tools` first) unless its output was built from the same inputs. The tests' global set-ups, the examples' and
// the docs' package scripts all build through here; on the command line: `node scripts/build.mjs <task>…`.
//
// Adding a task is one entry in `tasks` below, e.g.
//
//   'taro-app:tt': {
//     dir: 'examples/taro-app',                 // where the command runs (relative to the repository root)
//     command: ['taro', 'build', '--type', 'tt'],  // binaries from dir's, then the root's node_modules/.bin;
//                                               // 'node' is the running Node
//     inputs: ['package.json', 'config', 'src'],  // files and folders (walked) the build reads, relative to dir
//     exclude: ['src/generated'],               // optional: paths under `inputs` that are not inputs
//     outputDir: 'dist-tt',                     // the folder the build writes, returned by ensureBuilt
//     outputs: ['dist-tt/app.json'],            // files that exist after a complete build
//     deps: ['taro-app:h5'],                    // optional: tasks whose output the build reads (copies,
//                                               // bundles): built first, their hashes part of this one's
//     tools: ['audit'],                         // optional: tasks whose output runs during the build (a
//                                               // plugin that checks, not writes): built first, not hashed
//     env: { NODE_ENV: 'development' },         // optional, added to the build's environment
//   },
//
// A changed tool does not rebuild what it ran in (the audit's own tests judge its current sources against the
// built examples). Besides `inputs`, a task's hash covers the task itself (command, env), the installed
// version of every dependency and devDependency in dir's package.json, and package.json + src/ of every
// workspace package in its `dependencies`, transitively (the sources a bundler compiles). Test files
// (`__tests__/`, `*.test.*`, `*.test-d.*`) and node_modules/ are never inputs. Builds run without Vitest's
// variables (NODE_ENV=test, VITEST_*), as `pnpm <script>` would run them, and one process at a time per task
// (a lock in .cache/build/).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not `new URL('..', import.meta.url)`: under Vitest's jsdom environment `URL` is jsdom's, which
// fileURLToPath refuses.
/** @type {import('./tasks.d.mts').repoRoot} */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// privacy.json is an input of every example build: the audit plugin fails a production build that uses an
// undeclared type. Both plugins (the audit's, core's Alipay agree-event fix) are tools of the Taro builds.
/** @param {string} type Taro's `--type` @param {string} outputDir */
function taroBuild(type, outputDir) {
  return {
    dir: 'examples/taro-app',
    command: ['taro', 'build', '--type', type],
    inputs: ['package.json', 'babel.config.js', 'project.config.json', 'privacy.json', 'config', 'src'],
    outputDir,
    outputs: [`${outputDir}/app.json`],
    tools: ['audit', 'core'],
  }
}

/** @param {string} platform uni-app's `-p` @param {string} outputDir */
function uniBuild(platform, outputDir) {
  return {
    dir: 'examples/uni-app',
    command: ['uni', 'build', '-p', platform],
    inputs: ['package.json', 'vite.config.ts', 'privacy.json', 'src'],
    outputDir,
    outputs: [`${outputDir}/app.json`],
    tools: ['audit'],
  }
}

/** A watch build, stopped once `done` is printed and `output` exists. @param {string} done @param {string} output @param {string[]} command */
function watchOnce(done, output, command) {
  return ['node', '../../scripts/watch-once.mjs', done, output, '--', ...command]
}

/** @satisfies {Record<string, import('./tasks.d.mts').Task>} */
const table = {
  // The Taro and Vite plugins run from dist/: Taro and Vite load config plugins with Node, without the
  // workspace's source condition.
  audit: {
    dir: 'packages/audit',
    command: ['tsup'],
    // The root package.json pins tsup. The mp-privacy command bundles @mp-privacy/openapi (a devDependency).
    inputs: ['package.json', 'tsup.config.ts', 'src', '../../package.json', '../openapi/src'],
    outputDir: 'dist',
    outputs: [
      'dist/index.js',
      'dist/cli.js',
      'dist/mp-privacy.js',
      'dist/taro.cjs',
      'dist/vite.js',
      'dist/vite.cjs',
    ],
  },
  // Core's Taro plugin (@mp-privacy/core/taro-plugin, dist/taro-plugin.cjs) runs in the Taro example's builds. Its
  // sources are already part of those builds' hashes: core is in the example's dependencies.
  core: {
    dir: 'packages/core',
    command: ['tsup'],
    inputs: ['package.json', 'tsup.config.ts', 'src', '../../package.json'],
    outputDir: 'dist',
    outputs: ['dist/index.js', 'dist/taro-plugin.cjs', 'dist/taro-plugin.d.cts'],
  },
  // The Taro example for WeChat (what the tests run, what DevTools opens), Douyin and Alipay (checked statically;
  // their hosts do not run here), the browser demo (H5, the WeChat simulator as host), and a development build
  // (watch mode, stopped after its first build: the audit's tests compare its findings with production's).
  'taro-app:weapp': taroBuild('weapp', 'dist'),
  'taro-app:tt': taroBuild('tt', 'dist-tt'),
  'taro-app:alipay': taroBuild('alipay', 'dist-alipay'),
  'taro-app:h5': { ...taroBuild('h5', 'dist-h5'), outputs: ['dist-h5/index.html'] },
  'taro-app:weapp-dev': {
    ...taroBuild('weapp', 'dist-dev'),
    command: watchOnce('Watching', 'dist-dev/app.json', ['taro', 'build', '--type', 'weapp', '--watch']),
    env: { NODE_ENV: 'development', MP_PRIVACY_OUTPUT_ROOT: 'dist-dev' },
  },
  'taro-vue-app:weapp': {
    dir: 'examples/taro-vue-app',
    command: ['taro', 'build', '--type', 'weapp'],
    inputs: ['package.json', 'babel.config.js', 'project.config.json', 'config', 'src'],
    outputDir: 'dist',
    outputs: ['dist/app.json'],
  },
  // The uni-app example for each platform, and a development build of its WeChat output.
  'uni-app:mp-weixin': uniBuild('mp-weixin', 'dist/build/mp-weixin'),
  'uni-app:mp-toutiao': uniBuild('mp-toutiao', 'dist/build/mp-toutiao'),
  'uni-app:mp-alipay': uniBuild('mp-alipay', 'dist/build/mp-alipay'),
  'uni-app:mp-weixin-dev': {
    ...uniBuild('mp-weixin', 'dist/dev/mp-weixin'),
    command: watchOnce('Build complete', 'dist/dev/mp-weixin/app.json', ['uni', '-p', 'mp-weixin']),
    env: { NODE_ENV: 'development' },
  },
  // The documentation site: the API reference (from the sources of the packages in docs' dependencies), the
  // browser demo, VitePress.
  'docs:site': {
    dir: 'docs',
    command: ['node', 'scripts/site.mjs'],
    inputs: ['.'],
    // What scripts/site.mjs generates, and the tests.
    exclude: [
      '.vitepress/dist',
      '.vitepress/cache',
      'api',
      'en/api',
      'en/host-behaviour.md',
      'public/demo',
      'test',
    ],
    outputDir: '.vitepress/dist',
    outputs: ['.vitepress/dist/index.html', '.vitepress/dist/en/index.html'],
    deps: ['taro-app:h5'],
  },
}

/** @type {import('./tasks.d.mts').tasks} */
export const tasks = table

const isTestFile = (/** @type {string} */ path) =>
  /(^|[\\/])__tests__[\\/]|\.test(-d)?\.[cm]?[jt]sx?$/.test(path)

/** @param {string} dir @returns {Record<string, unknown>} */
function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
}

/** @param {string} path @param {(path: string) => boolean} skip @returns {string[]} */
function walk(path, skip) {
  if (!existsSync(path) || skip(path)) return []
  if (!statSync(path).isDirectory()) return isTestFile(path) ? [] : [path]
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== '.cache')
    .flatMap((name) => walk(join(path, name), skip))
}

/**
 * Folders of the workspace (`workspace:`, `link:`) packages in the `dependencies` of `dir`, transitively.
 * devDependencies (test tools, build plugins) never reach the bundle.
 * @param {string} dir @param {Set<string>} [seen]
 */
function workspacePackages(dir, seen = new Set()) {
  const dependencies = /** @type {Record<string, string>} */ (readManifest(dir).dependencies ?? {})
  for (const [name, spec] of Object.entries(dependencies)) {
    if (!spec.startsWith('workspace:') && !spec.startsWith('link:')) continue
    const pkgDir = realpathSync(join(dir, 'node_modules', name))
    if (seen.has(pkgDir)) continue
    seen.add(pkgDir)
    workspacePackages(pkgDir, seen)
  }
  return seen
}

const sleep = (/** @type {number} */ ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

/**
 * Waits until no other process holds the lock `dir`, then holds it; returns its release. A lock whose process
 * has ended is taken over.
 * @param {string} dir
 */
function lock(dir) {
  const pidFile = join(dir, 'pid')
  mkdirSync(dirname(dir), { recursive: true })
  const deadline = Date.now() + 20 * 60_000
  for (;;) {
    try {
      mkdirSync(dir)
      writeFileSync(pidFile, String(process.pid))
      return () => rmSync(dir, { recursive: true, force: true })
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
    }
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0
    const stale = pid ? !isRunning(pid) : existsSync(dir) && Date.now() - statSync(dir).mtimeMs > 10_000
    if (stale) rmSync(dir, { recursive: true, force: true })
    else if (Date.now() > deadline) throw new Error(`Another process has been building for 20 min: ${dir}`)
    else sleep(200)
  }
}

/** @type {import('./tasks.d.mts').createTaskRunner} */
export function createTaskRunner({ root, tasks }) {
  const cacheDir = join(root, '.cache', 'build')

  /** @param {string} id */
  function taskOf(id) {
    const task = tasks[id]
    if (!task) throw new Error(`Unknown build task "${id}". Tasks: ${Object.keys(tasks).join(', ')}.`)
    return task
  }

  /** @param {string} id */
  function outputDir(id) {
    const task = taskOf(id)
    return join(root, task.dir, task.outputDir)
  }

  /** @param {string} id */
  function inputFiles(id) {
    const task = taskOf(id)
    const dir = join(root, task.dir)
    const excluded = (task.exclude ?? []).map((path) => join(dir, path))
    /** @param {string} path */
    const skip = (path) => excluded.some((ex) => path === ex || path.startsWith(ex + sep))
    const files = new Set(task.inputs.flatMap((input) => walk(join(dir, input), skip)))
    for (const pkgDir of workspacePackages(dir)) {
      for (const file of [join(pkgDir, 'package.json'), ...walk(join(pkgDir, 'src'), () => false)]) {
        files.add(file)
      }
    }
    return [...files].sort()
  }

  /** @param {string} dir @param {string} name */
  function installedVersion(dir, name) {
    const manifest = join(dir, 'node_modules', name, 'package.json')
    if (!existsSync(manifest))
      throw new Error(`${name} is not installed in ${relative(root, dir)}: run pnpm install.`)
    return String(readManifest(dirname(manifest)).version)
  }

  /** @param {string} id @param {Map<string, string>} memo @returns {string} */
  function hashOf(id, memo) {
    const known = memo.get(id)
    if (known) return known
    const task = taskOf(id)
    const dir = join(root, task.dir)
    const hash = createHash('sha256').update(JSON.stringify([id, task.command, task.env ?? {}]))
    const { dependencies = {}, devDependencies = {} } =
      /** @type {Record<string, Record<string, string>>} */ (readManifest(dir))
    for (const name of Object.keys({ ...dependencies, ...devDependencies }).sort()) {
      hash.update(`\0${name}@${installedVersion(dir, name)}`)
    }
    for (const file of inputFiles(id)) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file))
    for (const dep of task.deps ?? []) hash.update(`\0${dep}:${hashOf(dep, memo)}`)
    const digest = hash.digest('hex')
    memo.set(id, digest)
    return digest
  }

  /**
   * What the outputs looked like right after the recorded build: a build by hand (`taro build --watch`) between
   * two test runs changes it, and the next `ensureBuilt` builds again.
   * @param {import('./tasks.d.mts').Task} task
   */
  function outputStamp(task) {
    return task.outputs.map((file) => statSync(join(root, task.dir, file)).mtimeMs).join(',')
  }

  /** @param {import('./tasks.d.mts').Task} task @param {string} record @param {string} hash */
  function upToDate(task, record, hash) {
    if (!existsSync(record) || !task.outputs.every((file) => existsSync(join(root, task.dir, file))))
      return false
    const saved = JSON.parse(readFileSync(record, 'utf8'))
    return saved.hash === hash && saved.stamp === outputStamp(task)
  }

  /** @param {string} dir @param {string} bin */
  function executable(dir, bin) {
    if (bin === 'node') return process.execPath
    for (const base of [dir, root]) {
      const path = join(base, 'node_modules', '.bin', bin)
      if (existsSync(path)) return path
    }
    throw new Error(`${bin} is not installed in ${relative(root, dir) || '.'}: run pnpm install.`)
  }

  /** @type {import('./tasks.d.mts').TaskRunner['ensureBuilt']} */
  function ensureBuilt(id, { force = false, stdio = 'pipe' } = {}) {
    const task = taskOf(id)
    for (const dep of [...(task.deps ?? []), ...(task.tools ?? [])]) ensureBuilt(dep, { stdio })
    const name = id.replaceAll(':', '--')
    const record = join(cacheDir, `${name}.json`)
    const release = lock(join(cacheDir, `${name}.lock`))
    try {
      const hash = hashOf(id, new Map())
      if (!force && upToDate(task, record, hash)) return { outputDir: outputDir(id), built: false }
      const dir = join(root, task.dir)
      const [bin = '', ...args] = task.command
      // As `pnpm <script>` would run it: Vitest's NODE_ENV=test and VITEST_* change how Taro and uni build.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
      )
      try {
        execFileSync(executable(dir, bin), args, {
          cwd: dir,
          env: { ...env, ...task.env },
          stdio: stdio === 'inherit' ? 'inherit' : 'pipe',
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        })
      } catch (error) {
        const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error)
        throw new Error(
          `${task.command.join(' ')} (build task ${id}, in ${task.dir}) failed:\n${stdout ?? ''}\n${stderr ?? ''}`,
        )
      }
      const missing = task.outputs.filter((file) => !existsSync(join(dir, file)))
      if (missing.length > 0) {
        throw new Error(`${task.command.join(' ')} (build task ${id}) did not write ${missing.join(', ')}.`)
      }
      writeFileSync(record, JSON.stringify({ hash, stamp: outputStamp(task) }))
      return { outputDir: outputDir(id), built: true }
    } finally {
      release()
    }
  }

  return { outputDir, inputFiles, inputsHash: (id) => hashOf(id, new Map()), ensureBuilt }
}

const runner = createTaskRunner({ root: repoRoot, tasks })

/** @type {import('./tasks.d.mts').outputDir} */
export const outputDir = runner.outputDir
/** @type {import('./tasks.d.mts').inputFiles} */
export const inputFiles = runner.inputFiles
/** @type {import('./tasks.d.mts').inputsHash} */
export const inputsHash = runner.inputsHash
/** @type {import('./tasks.d.mts').ensureBuilt} */
export const ensureBuilt = runner.ensureBuilt
