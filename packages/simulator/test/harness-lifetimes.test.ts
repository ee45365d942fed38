// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { loadMiniProgram, type MiniProgram } from '../src/harness'
import { createWechatSimulator } from '../src/index'
import { writeApp } from './writeApp'

/**
 * A native mini program whose page shows a custom component (with a nested one) behind `wx:if`: every component
 * logs its lifetimes into `getApp().log` and shows `mounted:yes` once its `ready` ran.
 */
const lifetimes = (name: string) => `
  const log = (self, what) => getApp().log.push('${name}:' + what + ':' + self.properties.label)
  Component({
    properties: { label: String },
    data: { mounted: 'no' },
    lifetimes: {
      created() { getApp().log.push('${name}:created') },
      attached() { log(this, 'attached') },
      ready() { log(this, 'ready'); this.setData({ mounted: 'yes' }) },
      detached() { log(this, 'detached') },
    },
  })`

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'app.js': 'App({ log: [] })',
  'pages/index/index.json': JSON.stringify({
    usingComponents: { outer: '/components/outer/outer', inner: '/components/inner/inner' },
  }),
  'pages/index/index.wxml': `
    <view>
      <button id="toggle" bindtap="toggle">toggle</button>
      <outer id="first" label="first" />
      <outer wx:if="{{shown}}" id="later" label="later" />
      <inner id="a" label="a" />
    </view>`,
  'pages/index/index.js': `
    Page({
      data: { shown: false },
      toggle() { this.setData({ shown: !this.data.shown }) },
    })`,
  'components/outer/outer.json': JSON.stringify({
    component: true,
    usingComponents: { inner: '/components/inner/inner' },
  }),
  'components/outer/outer.wxml':
    '<text class="outer">{{label}} mounted:{{mounted}}</text><inner label="{{label}}-child" />',
  'components/outer/outer.js': lifetimes('outer'),
  'components/inner/inner.json': JSON.stringify({ component: true }),
  'components/inner/inner.wxml': '<text class="inner">{{label}} mounted:{{mounted}}</text>',
  'components/inner/inner.js': lifetimes('inner'),
}

const root = writeApp('mp-privacy-lifetimes-', files)

/** Lets the current task's queued microtasks run (WeChat fires `ready` after the render, not inside it). */
async function flushMicrotasks(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

/** The lifetimes logged since the last call, e.g. `['outer:attached:later', …]`. */
function drain(app: MiniProgram): string[] {
  return (app.app.log as string[]).splice(0)
}

test('a component present at first render gets attached, then ready once: children before their parent', async () => {
  const app = await loadMiniProgram({ root, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')
  await flushMicrotasks()

  expect(drain(app).filter((entry) => !entry.endsWith(':created'))).toEqual([
    'outer:attached:first',
    'inner:attached:first-child',
    'inner:attached:a',
    'inner:ready:first-child',
    'outer:ready:first',
    'inner:ready:a',
  ])
  expect(page.text('#first')).toBe('first mounted:yesfirst-child mounted:yes')
})

test('a component a wx:if creates after the page rendered gets attached, then ready, as at first render', async () => {
  const app = await loadMiniProgram({ root, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')
  await flushMicrotasks()
  drain(app)

  await page.tap('#toggle')
  await app.waitFor(() => page.text('#later') === 'later mounted:yeslater-child mounted:yes', {
    message: 'the wx:if component never got ready',
  })
  expect(drain(app).filter((entry) => !entry.endsWith(':created'))).toEqual([
    'outer:attached:later',
    'inner:attached:later-child',
    'inner:ready:later-child',
    'outer:ready:later',
  ])
})

test('a wx:if turning false detaches its components; showing it again creates new ones that get ready', async () => {
  const app = await loadMiniProgram({ root, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')
  await page.tap('#toggle')
  await app.waitFor(() => page.exists('#later'))
  await flushMicrotasks()
  drain(app)

  await page.tap('#toggle')
  expect(page.exists('#later')).toBe(false)
  await flushMicrotasks()
  expect(drain(app).filter((entry) => entry.includes(':later'))).toEqual([
    'inner:detached:later-child',
    'outer:detached:later',
  ])

  await page.tap('#toggle')
  await app.waitFor(() => page.text('#later') === 'later mounted:yeslater-child mounted:yes')
  expect(drain(app).filter((entry) => entry.includes(':ready:'))).toEqual([
    'inner:ready:later-child',
    'outer:ready:later',
  ])
})

test('a component shown and hidden again before the next task gets no ready', async () => {
  const app = await loadMiniProgram({ root, host: createWechatSimulator() })
  const page = await app.open('pages/index/index')
  await flushMicrotasks()
  drain(app)

  page.instance.setData({ shown: true })
  page.instance.setData({ shown: false })
  await flushMicrotasks()
  expect(drain(app).filter((entry) => !entry.endsWith(':created'))).toEqual([
    'outer:attached:later',
    'inner:attached:later-child',
    'inner:detached:later-child',
    'outer:detached:later',
  ])
})
