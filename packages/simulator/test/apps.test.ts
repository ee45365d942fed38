// @vitest-environment jsdom
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadMiniProgram } from '../src/harness'
import { createWechatSimulator } from '../src/index'

const popup = join(import.meta.dirname, 'fixtures', 'popup')
const bare = join(import.meta.dirname, 'fixtures', 'bare')
const ext = join(import.meta.dirname, 'fixtures', 'ext')

test('an app.js that calls App({}) launches', async () => {
  const app = await loadMiniProgram({ root: bare, host: createWechatSimulator() })

  expect(app.app).toEqual({})
  const page = await app.open('pages/home/index')
  expect(page.text('#banner-label')).toBe('home')
})

test('two different apps in one file: each renders its own pages', async () => {
  const first = await loadMiniProgram({ root: popup, host: createWechatSimulator() })
  const index = await first.open('pages/index/index')
  expect(index.text('#title')).toBe('index')

  const second = await loadMiniProgram({ root: ext, host: createWechatSimulator() })
  const start = await second.open('pages/start/index')
  expect(start.text('.row')).toBe('0-x')

  const again = await loadMiniProgram({ root: popup, host: createWechatSimulator() })
  const other = await again.open('pages/other/index')
  expect(other.text('#title')).toBe('other')
})
