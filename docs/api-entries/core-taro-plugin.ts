/**
 * The public API of `@mp-privacy/core/taro-plugin`, generated from its TypeScript sources: the Taro plugin that
 * binds the agree event in Alipay builds.
 * @module @mp-privacy/core/taro-plugin
 */
export {
  default as mpPrivacyTaroPlugin,
  type TaroPlatform,
  type TaroPluginContext,
} from '@mp-privacy/core/taro-plugin'
