import { afterEach, expect, test, vi } from 'vitest'

// The frameworks run only inside their own builds (the uni-app example runs the real ones, compiled); here
// they are stand-ins that record what they were given.
const uni = vi.hoisted(() => ({ onShow: vi.fn(), onHide: vi.fn(), onUnload: vi.fn() }))
const taro = vi.hoisted(() => ({ useDidShow: vi.fn(), useDidHide: vi.fn(), useUnload: vi.fn() }))
vi.mock('@dcloudio/uni-app', () => uni)
vi.mock('@tarojs/taro', () => ({ default: taro }))

afterEach(() => vi.clearAllMocks())

test.each([
  [
    '@mp-privacy/vue/uni',
    () => import('../uni').then((m) => m.uniLifecycle),
    uni.onShow,
    uni.onHide,
    uni.onUnload,
  ],
  [
    '@mp-privacy/vue/taro',
    () => import('../taro').then((m) => m.taroLifecycle),
    taro.useDidShow,
    taro.useDidHide,
    taro.useUnload,
  ],
])("%s hands each page hook to the framework's public hook", async (_, load, show, hide, unload) => {
  const lifecycle = await load()
  const [onShow, onHide, onUnload] = [() => {}, () => {}, () => {}]
  lifecycle.onShow(onShow)
  lifecycle.onHide(onHide)
  lifecycle.onUnload(onUnload)
  expect(show).toHaveBeenCalledExactlyOnceWith(onShow)
  expect(hide).toHaveBeenCalledExactlyOnceWith(onHide)
  expect(unload).toHaveBeenCalledExactlyOnceWith(onUnload)
})
