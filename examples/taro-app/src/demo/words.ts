/**
 * The browser demo's language: `?lang=zh-CN` in the URL draws the simulated WeChat (and the library's default
 * prompts) in Chinese, as a phone set to Chinese would; English otherwise.
 * @module
 */

/**
 * The language the demo was opened in.
 *
 * @example
 * const chinese = demoLocale === 'zh-CN'
 */
export const demoLocale: 'en' | 'zh-CN' =
  new URLSearchParams(location.search).get('lang') === 'zh-CN' ? 'zh-CN' : 'en'

interface Words {
  settingsCaption: string
  settingsTitle: string
  noPermissions: string
  back: string
  caption: string
  privacyTitle: string
  privacyText(api: string, contract: string): string
  allowTitle(scope: string): string
  coupledText(contract: string): string
  authorizeText(api: string): string
  agree: string
  disagree: string
  allow: string
  deny: string
  panel: string
  consent(agreed: boolean): string
  on: string
  off: string
  reset: string
}

const en: Words = {
  settingsCaption: 'WeChat · Settings',
  settingsTitle: 'Permissions',
  noPermissions: 'This mini program has not asked for any permission.',
  back: 'Back to the mini program',
  caption: 'WeChat',
  privacyTitle: 'Privacy',
  privacyText: (api: string, contract: string) => `Before using ${api}, read and agree to ${contract}.`,
  allowTitle: (scope: string) => `Allow ${scope}?`,
  coupledText: (contract: string) => `Allowing also agrees to ${contract}.`,
  authorizeText: (api: string) => `The mini program asks for this permission (${api}).`,
  agree: 'Agree',
  disagree: 'Disagree',
  allow: 'Allow',
  deny: 'Deny',
  panel: 'WeChat sim',
  consent: (agreed: boolean) => (agreed ? 'privacy: agreed' : 'privacy: not agreed'),
  on: 'on',
  off: 'off',
  reset: 'Reset',
}

const zh: Words = {
  settingsCaption: '微信 · 设置',
  settingsTitle: '权限',
  noPermissions: '该小程序尚未申请任何权限。',
  back: '返回小程序',
  caption: '微信',
  privacyTitle: '隐私保护提示',
  privacyText: (api, contract) => `使用 ${api} 前，请阅读并同意${contract}。`,
  allowTitle: (scope) => `允许使用 ${scope}？`,
  coupledText: (contract) => `允许即表示同意${contract}。`,
  authorizeText: (api) => `小程序申请此权限（${api}）。`,
  agree: '同意',
  disagree: '拒绝',
  allow: '允许',
  deny: '拒绝',
  panel: '微信模拟器',
  consent: (agreed) => (agreed ? '隐私：已同意' : '隐私：未同意'),
  on: '开',
  off: '关',
  reset: '重置',
}

/**
 * The simulated WeChat's words in the demo's language.
 *
 * @example
 * <button type="button">{words.agree}</button>
 */
export const words: Words = demoLocale === 'zh-CN' ? zh : en
