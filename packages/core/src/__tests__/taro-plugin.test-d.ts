import { expectTypeOf, test } from 'vitest'
import mpPrivacyTaroPlugin, { type TaroPlatform, type TaroPluginContext } from '../taro-plugin'

test('the plugin is a function of Taro’s plugin context', () => {
  expectTypeOf(mpPrivacyTaroPlugin).parameters.toEqualTypeOf<[TaroPluginContext]>()
  expectTypeOf(mpPrivacyTaroPlugin).returns.toBeVoid()
  expectTypeOf<TaroPlatform['template']['internalComponents']>().toEqualTypeOf<
    Record<string, Record<string, string>>
  >()
})
