import { expect, test } from 'vitest'
import mpPrivacyTaroPlugin, { type TaroPlatform } from '../taro-plugin'

/** Runs the plugin the way Taro does: its onSetupClose method gets the platform once the template is set up. */
function runOn(platform: TaroPlatform): TaroPlatform {
  mpPrivacyTaroPlugin({ registerMethod: ({ name, fn }) => name === 'onSetupClose' && fn(platform) })
  return platform
}

/** Taro 4.2's shared Button entry, as every platform's template starts from it. */
const button = () => ({ 'open-type': '', bindagreeprivacyauthorization: '', bindtap: '' })

test('H37, H39: in Alipay builds the agree event is bound as onAgreePrivacyAuthorization (from bindAgreePrivacyAuthorization)', () => {
  const { template } = runOn({ platform: 'alipay', template: { internalComponents: { Button: button() } } })
  expect(template.internalComponents.Button).toEqual({
    'open-type': '',
    bindtap: '',
    bindAgreePrivacyAuthorization: '',
  })
})

test.each(['weapp', 'tt', 'h5'])('H31: %s keeps bindagreeprivacyauthorization as it is', (name) => {
  const { template } = runOn({ platform: name, template: { internalComponents: { Button: button() } } })
  expect(template.internalComponents.Button).toEqual(button())
})

test('a platform without a Button entry is left alone', () => {
  expect(
    runOn({ platform: 'alipay', template: { internalComponents: {} } }).template.internalComponents,
  ).toEqual({})
})
