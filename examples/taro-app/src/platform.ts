import type { PrivacyHost } from '@mp-privacy/react'
import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'

/**
 * Where the device is, as the pages show it.
 *
 * @example
 * const here: Coordinates = { latitude: 39.908823, longitude: 116.39747 }
 */
export interface Coordinates {
  latitude: number
  longitude: number
}

/**
 * The privacy-gated WeChat APIs the pages call. They reject with WeChat's `{ errMsg, errno }`; pages turn that
 * into a `PrivacyError` with `toPrivacyError`.
 *
 * @example
 * const { latitude } = await platform.api.getLocation()
 */
export interface GatedApis {
  getLocation(): Promise<Coordinates>
  getClipboardData(): Promise<string>
}

/**
 * What differs between the WeChat build and the browser demo.
 *
 * @example
 * const client = createPrivacyClient({ ...platform.hostOption, agreeButtonId: AGREE_BUTTON_IDS })
 */
export interface Platform {
  /** `createPrivacyClient`'s `host`: none on weapp (core then uses the native `wx`), the simulator's `wx` in the demo. */
  readonly hostOption: { host?: PrivacyHost }
  readonly api: GatedApis
  /** The demo's simulated system dialogs and simulator panel; `null` on weapp. */
  readonly DemoLayer: ComponentType | null
  /** The pages' prompt language: English, or the library's Chinese defaults in the demo opened with `?lang=zh-CN`. */
  readonly locale: 'en' | 'zh-CN'
}

function weapp(): Platform {
  return {
    hostOption: {},
    api: {
      getLocation: () =>
        Taro.getLocation({ type: 'gcj02' }).then(({ latitude, longitude }) => ({ latitude, longitude })),
      getClipboardData: () => Taro.getClipboardData().then(({ data }) => data),
    },
    DemoLayer: null,
    locale: 'en',
  }
}

/**
 * The platform of this build. `TARO_ENV` is a build-time constant, so webpack drops the branch that is not
 * taken: the weapp bundle contains no simulator.
 *
 * @example
 * void platform.api.getClipboardData().then(show)
 */
export const platform: Platform =
  process.env.TARO_ENV === 'h5' ? (require('./demo') as typeof import('./demo')).demoPlatform : weapp()
