/**
 * Runs a compiled WeChat mini program (Taro's `dist`, uni-app's `dist/build/mp-weixin`, or a native one) in
 * Node with miniprogram-simulate and the official WXML compiler, against a simulated host's `wx`, and drives
 * it like a user. Needs a DOM (Vitest `environment: 'jsdom'`) and the optional peer `miniprogram-simulate`.
 * @module
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AppConfig, PrivacySettingFile } from './appConfig'
import type { HarnessHost, LoadMiniProgramOptions, MiniProgram } from './harness/api'
import { readAppJson } from './harness/appJson'
import { Launch } from './harness/launch'
import type { HarnessRender, PageStatus } from './harness/page'
import { loadRuntime, type PageInstance } from './harness/runtime'
import type { Simulator } from './types'

export type {
  HarnessHost,
  HarnessPage,
  LoadMiniProgramOptions,
  MiniProgram,
  WaitForOptions,
} from './harness/api'
export type { AppConfig, HarnessRender, PageInstance, PageStatus, PrivacySettingFile }

let active: Launch | undefined

function readPrivacy(privacy: PrivacySettingFile | string): PrivacySettingFile {
  if (typeof privacy !== 'string') return privacy
  const path = resolve(privacy)
  if (!existsSync(path)) throw new TypeError(`privacy: ${path} does not exist.`)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PrivacySettingFile
  } catch (error) {
    throw new TypeError(
      `privacy: ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/**
 * A simulator of any platform as the host of a WeChat build: its host object is the `wx` the build calls (and,
 * on Douyin and Alipay, the `tt` / `my` global: see `HarnessHost.platform`).
 */
function harnessHost(host: HarnessHost | Simulator): HarnessHost {
  if ('wx' in host) return host
  return {
    wx: host.host,
    platform: host.platform,
    baseLibrary: host.baseLibrary,
    configureApp: (config) => host.configureApp(config),
    tapAgree: (buttonId, options) => host.tapAgree(buttonId, options),
    userTap: (fn) => host.userTap(fn),
    flush: () => host.flush(),
  }
}

/** H23, H25: the app's own app.json / ext.json (and privacy guide) configure the host it runs on. */
function configureHost(host: HarnessHost, config: AppConfig): void {
  if (host.configureApp) {
    host.configureApp(config)
  } else if (config.privacy !== undefined) {
    throw new TypeError(
      'loadMiniProgram: `privacy` needs a host with configureApp (a WechatSimulator); or give the keys to your host yourself.',
    )
  }
}

/**
 * Launches the compiled mini program in `root` against `host.wx` (a Douyin or Alipay simulator's host object:
 * see `LoadMiniProgramOptions.host`): defines the globals compiled code expects
 * (`App`, `Page`, `getApp`, `getCurrentPages`, `wx`), evaluates `app.js` afresh, calls the app's `onLaunch`
 * and `onShow`. Open pages with `open`/`switchTab`. A new launch closes the previous one, so each test can
 * start from a fresh app and a fresh simulator.
 *
 * The app's own app.json (with ext.json when `extEnable`) configures the host through `host.configureApp`:
 * `requiredPrivateInfos`, `permission`, and the `privacy` option's keys (see the README's harness section).
 *
 * Limits: Taro decides which `wx` APIs exist when `app.js` loads, so keep one base library per test file; page
 * timers run for real — wait with `waitFor`, never with fixed sleeps. What the harness does not simulate is
 * listed in the README.
 *
 * @example
 * // @vitest-environment jsdom
 * import { createWechatSimulator } from '@mp-privacy/simulator'
 * import { loadMiniProgram } from '@mp-privacy/simulator/harness'
 *
 * const sim = createWechatSimulator()
 * const app = await loadMiniProgram({ root: 'examples/taro-app/dist', host: sim })
 * const page = await app.open('pages/index/index')
 * await page.agree('#agree-btn')
 * await app.waitFor(() => page.text('#status') === 'agreed:agree-btn')
 */
export async function loadMiniProgram(options: LoadMiniProgramOptions): Promise<MiniProgram> {
  const root = resolve(options.root)
  const appJsonPath = join(root, 'app.json')
  if (!existsSync(appJsonPath) || !existsSync(join(root, 'app.js'))) {
    throw new Error(`No compiled mini program in ${root} (app.json or app.js is missing): build it first.`)
  }
  const appJson = readAppJson(root)
  const host = harnessHost(options.host)
  configureHost(host, {
    requiredPrivateInfos: appJson.requiredPrivateInfos ?? [],
    permission: appJson.permission ?? {},
    ...(options.privacy !== undefined && { privacy: readPrivacy(options.privacy) }),
  })
  const runtime = loadRuntime()
  active?.close()
  const launch = new Launch(realpathSync(root), runtime, host, appJson, options.timeout ?? 3000)
  active = launch
  launch.installGlobals()
  launch.start(options.launch, appJson.entryPagePath ?? appJson.pages?.[0] ?? '')
  return launch
}
