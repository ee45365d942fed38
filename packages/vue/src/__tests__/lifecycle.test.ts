import { render } from '@testing-library/vue'
import { afterEach, expect, test, vi } from 'vitest'
import { defineComponent, getCurrentInstance, h, nextTick, ref } from 'vue'
import { countCalls, setup } from '../../test/helpers'
import { createUniPage, type TestPage } from '../../test/stubs/pages'
import { createPrivacyPlugin, type PageLifecycle, useScope } from '../index'
import { onPageEvents } from '../pageLifecycle'

// A stand-in of uni-app's public `onShow`/`onHide`/`onUnload` in a mini program: called in a component's
// setup, the hook goes to the page (the root instance) and stays there until the page unloads.
const frameworkHooks: PageLifecycle = {
  onShow: (hook) => addToPage('onShow', hook),
  onHide: (hook) => addToPage('onHide', hook),
  onUnload: (hook) => addToPage('onUnload', hook),
}
const registered = { count: 0 }
function addToPage(name: string, hook: () => void) {
  registered.count++
  const page = getCurrentInstance()!.root as unknown as Record<string, Array<() => void>>
  page[name] = [...(page[name] ?? []), hook]
}

afterEach(() => {
  registered.count = 0
  vi.restoreAllMocks()
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

function renderPage(page: TestPage, content: () => unknown, lifecycle: PageLifecycle | undefined) {
  const { client } = setup()
  return render(page.Page, {
    slots: { default: content },
    global: { plugins: [createPrivacyPlugin({ client, ...(lifecycle && { lifecycle }) })] },
  })
}

test("with lifecycle: a component inside a page gets its show, hide and unload through the framework's hooks", () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const page = createUniPage()
  const events: string[] = []
  const Child = recorder('child', events)
  renderPage(page, () => h('section', [h(Child)]), frameworkHooks)

  page.show()
  page.hide()
  page.show()
  page.unload()
  expect(events).toEqual(['child:show', 'child:hide', 'child:show', 'child:unload'])
  expect(registered.count).toBe(3)
  // The public hooks replace the internals: no deprecation warning.
  expect(warn).not.toHaveBeenCalled()
})

test('with lifecycle: a component that unmounts while the page stays stops getting the events', async () => {
  const page = createUniPage()
  const events: string[] = []
  const Child = recorder('child', events)
  const shown = ref(true)
  renderPage(page, () => (shown.value ? h(Child) : null), frameworkHooks)
  page.show()
  shown.value = false
  await nextTick()

  page.hide()
  page.show()
  expect(events).toEqual(['child:show'])
})

test('with lifecycle: useScope re-reads the settings once per page show, not after it unmounts', async () => {
  const { sim, client, settle } = setup({ agreed: true })
  const page = createUniPage()
  const Location = defineComponent(() => {
    const { status } = useScope('scope.userLocation')
    return () => h('span', status.value)
  })
  const shown = ref(true)
  render(page.Page, {
    slots: { default: () => (shown.value ? [h(Location), h(Location)] : null) },
    global: { plugins: [createPrivacyPlugin({ client, lifecycle: frameworkHooks })] },
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

test('without lifecycle in plain Vue: nothing is registered and nothing fails', () => {
  const events: string[] = []
  const { unmount } = render(recorder('child', events))
  unmount()
  expect(events).toEqual([])
})
