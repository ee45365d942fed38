import { render } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import {
  createTaroPage,
  createUniH5Page,
  createUniPage,
  type OwnHooks,
  type TestPage,
} from '../../test/stubs/pages'
import { onPageEvents } from '../pageLifecycle'

function recorder(name = 'child', page?: TestPage) {
  const events: string[] = []
  const Child = defineComponent(() => {
    page?.adopt()
    onPageEvents({
      onShow: () => events.push(`${name}:show`),
      onHide: () => events.push(`${name}:hide`),
      onUnload: () => events.push(`${name}:unload`),
    })
    return () => h('span', name)
  })
  return { events, Child }
}

const Nested = defineComponent(
  (_, { slots }) =>
    () =>
      h('section', slots.default?.()),
)

// Apps that pass no `lifecycle` to createPrivacyPlugin (deprecated): the page is found in the frameworks'
// internals, as before the `lifecycle` option existed.

// First in this file: the warning is given once per app.
test('development builds warn once that the page hooks come from internals, and name the public entries', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const [pageA, pageB] = [createUniPage(), createTaroPage()]
  const a = recorder('a', pageA)
  const b = recorder('b', pageB)
  render(pageA.Page, { slots: { default: () => [h(a.Child), h(a.Child)] } })
  render(pageB.Page, { slots: { default: () => h(b.Child) } })
  expect(warn).toHaveBeenCalledOnce()
  expect(warn.mock.calls[0]?.[0]).toMatch(
    /lifecycle: uniLifecycle.*'@mp-privacy\/vue\/uni'.*'@mp-privacy\/vue\/taro'/,
  )
  warn.mockRestore()
})

describe.each([
  ['uni-app (mini program)', createUniPage],
  ['uni-app (H5)', createUniH5Page],
  ['Taro Vue 3', createTaroPage],
])('%s', (_, createPage: () => TestPage) => {
  test('a component anywhere inside a page gets its show, hide and unload', () => {
    const page = createPage()
    const { events, Child } = recorder('child', page)
    render(page.Page, { slots: { default: () => h(Nested, () => h(Child)) } })

    page.show()
    page.hide()
    page.show()
    page.unload()
    expect(events).toEqual(['child:show', 'child:hide', 'child:show', 'child:unload'])
  })

  test("a component that unmounts while the page stays stops getting the page's events", async () => {
    const page = createPage()
    const { events, Child } = recorder('child', page)
    const shown = ref(true)
    render(page.Page, { slots: { default: () => (shown.value ? h(Child) : null) } })
    page.show()
    shown.value = false
    await nextTick()

    page.hide()
    page.show()
    expect(events).toEqual(['child:show'])
  })

  test('components of two pages get only their own page’s events', () => {
    const [pageA, pageB] = [createPage(), createPage()]
    const a = recorder('a', pageA)
    const b = recorder('b', pageB)
    render(pageA.Page, { slots: { default: () => h(a.Child) } })
    render(pageB.Page, { slots: { default: () => h(b.Child) } })

    pageA.hide()
    pageB.show()
    expect([...a.events, ...b.events]).toEqual(['a:hide', 'b:show'])
  })
})

test.each([
  ['uni-app', createUniPage],
  ['Taro Vue 3', createTaroPage],
])("%s: the page's own hooks keep running next to ours", (_, createPage: (own: OwnHooks) => TestPage) => {
  const events: string[] = []
  const page = createPage({ onShow: () => events.push('page:show'), onHide: () => events.push('page:hide') })
  const { events: childEvents, Child } = recorder('child', page)
  render(page.Page, { slots: { default: () => h(Child) } })

  page.show()
  page.hide()
  expect([...events, ...childEvents]).toEqual(['page:show', 'page:hide', 'child:show', 'child:hide'])
})

test('outside uni-app and Taro (plain Vue) it registers nothing and does not fail', () => {
  const { events, Child } = recorder()
  const { unmount } = render(Child)
  unmount()
  expect(events).toEqual([])
})
