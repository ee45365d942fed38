import { PLATFORMS } from './platforms'

/**
 * The part of a Taro 4 mini-program platform (`TaroPlatformBase` of `@tarojs/service`) the plugin changes: its
 * name and the component table its template is built from.
 *
 * @example
 * ```ts
 * import type { TaroPlatform } from '@mp-privacy/core/taro-plugin'
 * const platform: TaroPlatform = { platform: 'alipay', template: { internalComponents: { Button: {} } } }
 * ```
 */
export interface TaroPlatform {
  platform: string
  template: { internalComponents: Record<string, Record<string, string>> }
}

/**
 * The part of Taro's plugin context (`IPluginContext` of `@tarojs/service` 4.x) the plugin uses: Taro calls every
 * `onSetupClose` method with the platform once the platform has set up its template.
 *
 * @example
 * ```ts
 * import type { TaroPluginContext } from '@mp-privacy/core/taro-plugin'
 * const ctx: TaroPluginContext = { registerMethod: ({ fn }) => fn({ platform: 'weapp', template: { internalComponents: {} } }) }
 * ```
 */
export interface TaroPluginContext {
  registerMethod(method: { name: 'onSetupClose'; fn: (platform: TaroPlatform) => void }): void
}

/**
 * Taro plugin: `<Button openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={…}>` (and the Vue
 * `<AgreeButton>`) gets its agree event in Alipay builds too (H37, H39). Taro 4.2's component table names the
 * event `bindagreeprivacyauthorization` for every platform; the Alipay template turns `bind` into `on` and writes
 * `onagreeprivacyauthorization`, while AXML binds `onAgreePrivacyAuthorization`. The plugin renames it in the
 * Alipay template; WeChat and Douyin already get `bindagreeprivacyauthorization` (H31) and are left alone.
 *
 * @example
 * ```ts
 * // config/index.ts
 * export default defineConfig({ plugins: ['@mp-privacy/core/taro-plugin'] })
 * ```
 */
export default function mpPrivacyTaroPlugin(ctx: TaroPluginContext): void {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn({ platform, template }) {
      const button = template?.internalComponents?.Button
      if (platform !== 'alipay' || !button) return
      delete button.bindagreeprivacyauthorization
      // The template writes a `bindX` entry as `onX="eh"`: bindAgreePrivacyAuthorization → onAgreePrivacyAuthorization.
      button[PLATFORMS.alipay.agreeAttribute.replace('on', 'bind')] = ''
    },
  })
}
