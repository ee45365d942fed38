/**
 * The part of a Taro 4 mini-program platform (`TaroPlatformBase` of `@tarojs/service`) this plugin changes.
 *
 * @example
 * const platform: PlatformWithTemplate = { platform: 'alipay', template: { internalComponents: { Button: {} } } }
 */
export interface PlatformWithTemplate {
  platform: string
  template: { internalComponents: Record<string, Record<string, string>> }
}

/**
 * The part of Taro's plugin context (`IPluginContext`) this plugin uses.
 *
 * @example
 * const ctx: PluginContext = { registerMethod: ({ fn }) => fn({ platform: 'weapp', template: { internalComponents: {} } }) }
 */
export interface PluginContext {
  registerMethod(method: { name: 'onSetupClose'; fn: (platform: PlatformWithTemplate) => void }): void
}

/**
 * Taro plugin: makes `<Button openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={…}>` work in
 * Alipay builds.
 *
 * Taro 4.2.0 lists the agree event of `Button` as `bindagreeprivacyauthorization` for every platform; the Alipay
 * template turns `bind` into `on` and keeps the rest, so base.axml gets `onagreeprivacyauthorization="eh"`. Alipay
 * binds component events by `on` + the capitalised event name, as its docs write it: `onAgreePrivacyAuthorization`.
 * This plugin renames the attribute in the Alipay template and leaves every other platform alone.
 *
 * @example
 * ```ts
 * // config/index.ts
 * export default defineConfig({ plugins: [path.resolve(__dirname, 'alipay-agree-event.ts')] })
 * ```
 */
export default function alipayAgreeEvent(ctx: PluginContext): void {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.platform !== 'alipay') return
      const button = platform.template.internalComponents.Button
      if (!button || !('bindagreeprivacyauthorization' in button)) return
      delete button.bindagreeprivacyauthorization
      // The Alipay template writes `bindX` with value '' as `onX="eh"`.
      button.bindAgreePrivacyAuthorization = ''
    },
  })
}
