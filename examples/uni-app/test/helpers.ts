import { join } from 'node:path'
import {
  createSimulator,
  createWechatSimulator,
  type SimulatedPlatformId,
  type Simulator,
  type SimulatorOptions,
  type WechatSimulator,
} from '@mp-privacy/simulator'
import { loadMiniProgram, type MiniProgram } from '@mp-privacy/simulator/harness'
import { appRoot, outputDir } from './output'

/** Where the simulator puts the user (its default location), as the pages print it. */
export const HERE = '39.908823, 116.39747'

/** A privacy guide name of our own, so a test can tell the real name from the library's placeholder. */
export const CONTRACT = '《uni-app 示例隐私保护指引》'

/**
 * The app's privacy guide, as the audit reads it: the simulator declares exactly these types (H7), so an API of
 * a type missing from it fails with errno 112 — where `mp-privacy-audit` reports it.
 */
export const PRIVACY_FILE = join(appRoot, 'privacy.json')

/**
 * A fresh WeChat that declares the types of `privacy.json` (unless `declared`/`privacy` is given) and a fresh
 * launch of the compiled app (`dist/build/mp-weixin`) on it.
 *
 * @example
 * const { sim, app } = await launch({ agreed: true })
 */
export async function launch(
  options: SimulatorOptions = {},
): Promise<{ sim: WechatSimulator; app: MiniProgram }> {
  const sim = createWechatSimulator({ contractName: CONTRACT, clipboardData: 'copied text', ...options })
  const declares = options.declared !== undefined || options.privacy !== undefined
  const app = await loadMiniProgram({
    root: outputDir,
    host: sim,
    ...(declares ? {} : { privacy: PRIVACY_FILE }),
  })
  return { sim, app }
}

/**
 * The APIs WeChat was asked for, with their outcome, e.g. `['getClipboardData:success']`.
 *
 * @example
 * expect(outcomes(sim, 'getLocation')).toEqual(['getLocation:success'])
 */
export function outcomes(sim: WechatSimulator | Simulator, ...apis: string[]): string[] {
  return sim.calls.filter((call) => apis.includes(call.api)).map((call) => `${call.api}:${call.outcome}`)
}

/**
 * The popup's agree button. `<AgreeButton id="popup-agree-btn">` puts the id on the component's host node as
 * well as on its inner `<button>` (uni-app passes `id` both ways); `page.agree` taps the one that is an agree
 * button, whose agree event is the one WeChat fires.
 *
 * @example
 * await page.agree(POPUP_AGREE_BUTTON)
 */
export const POPUP_AGREE_BUTTON = '#popup-agree-btn'

/**
 * A fresh simulated Douyin (`'tt'`) or Alipay (`'alipay'`) host and a fresh launch of the same compiled page code
 * on it. The page code is the WeChat build (`dist/build/mp-weixin`): miniprogram-simulate runs WXML only, so the
 * mp-toutiao / mp-alipay templates are checked statically (platform-output.test.ts) and the host is what changes
 * here — the platform global (`tt` / `my`) core detects and normalises (H30–H38); loadMiniProgram makes the same object the `wx`
 * uni-app's runtime calls for the page's own APIs.
 *
 * @example
 * const { sim, app } = await launchOn('alipay', { agreed: true })
 */
export async function launchOn(
  platform: Exclude<SimulatedPlatformId, 'weapp'>,
  options: SimulatorOptions = {},
): Promise<{ sim: Simulator; app: MiniProgram }> {
  const sim = createSimulator({ platform, contractName: CONTRACT, clipboardData: 'copied text', ...options })
  // The harness makes the simulator's host object the build's `wx` and the global `tt` / `my` (HarnessHost.platform).
  const app = await loadMiniProgram({ root: outputDir, host: sim, privacy: PRIVACY_FILE })
  return { sim, app }
}
