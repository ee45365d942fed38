import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { audit, formatReport } from '../src/index'

// Taro Vue 3 production output, shaped after the taro-vue-app example's dist/: Vue's render helpers are called by
// mangled names (`(0, o.CE)("button", …)`, `(0, o.bF)(i.A, …)`), static props are hoisted into variables, and a
// component registered globally (NutUI's `<nut-button>`) is looked up with `resolveComponent("nut-button")`.
const fixture = fileURLToPath(new URL('./fixtures/taro-vue', import.meta.url))

describe('gated components in Taro Vue render code', () => {
  const result = audit({ dir: fixture, privacy: { setting_list: [] } })
  const components = result.usages
    .filter((usage) => usage.kind === 'component')
    .map(
      (usage) =>
        `${usage.name}${usage.via ? ` via <${usage.via}>` : ''} @ ${relative(fixture, usage.location.file)}`,
    )

  it('a native <button open-type> with hoisted props, a wrapper passing its openType prop to <button>, and a resolved component given open-type are uses', () => {
    expect(components).toEqual([
      'button.chooseAvatar @ pages/login/index.js',
      'button.getPhoneNumber via <LoginButton> @ pages/login/index.js',
      'button.getRealtimePhoneNumber via <nut-button> @ pages/login/index.js',
    ])
    expect(result.keysInUse).toEqual(['UserInfo', 'PhoneNumber'])
  })

  it('open types no privacy type gates, and props that only look gated, are not', () => {
    expect(components.join('\n')).not.toMatch(/contact|share|nickname/)
  })

  it('the report names the component the page writes', () => {
    expect(formatReport(result, { lang: 'en', cwd: fixture })).toContain(
      '<LoginButton> (its inner <button open-type="getPhoneNumber">)',
    )
  })
})
