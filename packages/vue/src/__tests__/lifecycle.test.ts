import { render } from '@testing-library/vue'
import { afterEach, expect, test } from 'vitest'
import { createApp, defineComponent, h, nextTick, ref } from 'vue'
import { countCalls, setup } from '../../test/helpers'
import { createPage, registered, stubLifecycle, type TestPage } from '../../test/stubs/pages'
import { createPrivacyPlugin, type PageLifecycle, type PrivacyPluginOptions, useScope } from '../index'
import { onPageEvents } from '../pageLifecycle'

afterEach(() => {
  registered.length = 0
})

function recorder(name: string, events: string[]) {
  return defineComponent(() => {
    onPageEvents({
      onShow: () => events.push(`${name}:show`),
      onHide: () => events.push(`${name}:hide`),
      onUnload: () => events.push(`${name}:unload`),
    })
    return () => h('span', name)
  })
}

function renderPage(page: TestPage, content: () => unknown, lifecycle: PageLifecycle | null) {
  const { client } = setup()
  return render(page.Page, {
    slots: { default: content },
    global: { plugins: [createPrivacyPlugin({ client, lifecycle })] },
  })
}

test("a component anywhere inside a page gets its show, hide and unload through the framework's hooks", () => {
  const page = createPage()
  const events: string[] = []
  const Child = recorder('child', events)
  renderPage(page, () => h('section', [h('div', [h(Child)])]), stubLifecycle)

  page.show()
  page.hide()
  page.show()
  page.unload()
  expect(events).toEqual(['child:show', 'child:hide', 'child:show', 'child:unload'])
  expect(registered.map(([event]) => event)).toEqual(['onShow', 'onHide', 'onUnload'])
})

test("a component that unmounts while the page stays stops getting the page's events", async () => {
  const page = createPage()
  const events: string[] = []
  const Child = recorder('child', events)
  const shown = ref(true)
  renderPage(page, () => (shown.value ? h(Child) : null), stubLifecycle)
  page.show()
  shown.value = false
  await nextTick()

  page.hide()
  page.show()
  expect(events).toEqual(['child:show'])
})

test('useScope re-reads the settings once per page show, not after it unmounts', async () => {
  const { sim, client, settle } = setup({ agreed: true })
  const page = createPage()
  const Location = defineComponent(() => {
    const { status } = useScope('scope.userLocation')
    return () => h('span', status.value)
  })
  const shown = ref(true)
  render(page.Page, {
    slots: { default: () => (shown.value ? [h(Location), h(Location)] : null) },
    global: { plugins: [createPrivacyPlugin({ client, lifecycle: stubLifecycle })] },
  })
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(1)
  page.show()
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(2)
  shown.value = false
  await nextTick()
  page.show()
  await settle()
  expect(countCalls(sim, 'getSetting')).toBe(2)
})

test('lifecycle: null (plain Vue): no page hook is registered, mount and unmount still work', () => {
  const page = createPage()
  const events: string[] = []
  const { unmount } = renderPage(page, () => h(recorder('child', events)), null)
  page.show()
  unmount()
  expect(events).toEqual([])
  expect(registered).toEqual([])
})

test('without the plugin: no page hook is registered and nothing fails', () => {
  const events: string[] = []
  const { unmount } = render(recorder('child', events))
  unmount()
  expect(events).toEqual([])
})

test('createPrivacyPlugin without lifecycle throws, naming the public page hooks to pass', () => {
  const { client } = setup()
  const install = () =>
    createApp({ render: () => null }).use(createPrivacyPlugin({ client } as PrivacyPluginOptions))
  expect(install).toThrow(TypeError)
  expect(install).toThrow(
    /lifecycle.*uniLifecycle.*'@mp-privacy\/vue\/uni'.*taroLifecycle.*'@mp-privacy\/vue\/taro'.*null/,
  )
})
