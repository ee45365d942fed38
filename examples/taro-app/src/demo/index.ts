/**
 * The browser demo (H5 builds only): the app runs against a simulated WeChat whose system dialogs a person
 * answers in the page. `platform.ts` loads this module only when `TARO_ENV` is `'h5'`.
 * @module
 */
import type { Platform } from '../platform'
import { DemoLayer } from './DemoLayer'
import { sim } from './host'
import { demoLocale } from './words'

document.documentElement.lang = demoLocale

/**
 * The H5 build's platform: the client and the pages talk to the simulator's `wx`.
 *
 * @example
 * const client = createPrivacyClient({ ...demoPlatform.hostOption })
 */
export const demoPlatform: Platform = {
  hostOption: { host: sim.wx },
  api: {
    getLocation: () =>
      sim.wx.getLocation({ type: 'gcj02' }).then(({ latitude, longitude }) => ({ latitude, longitude })),
    getClipboardData: () => sim.wx.getClipboardData().then(({ data }) => data),
  },
  DemoLayer,
  locale: demoLocale,
}
