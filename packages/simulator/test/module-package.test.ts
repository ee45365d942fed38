// @vitest-environment jsdom
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadMiniProgram } from '../src/harness'
import { createWechatSimulator } from '../src/index'
import { writeApp } from './writeApp'

/**
 * A user's project with `"type": "module"` in its package.json and the compiled mini program in dist/: Node
 * would read dist/*.js as ES modules, WeChat runs them as CommonJS (`require`, `module.exports`, `this`).
 */
const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'esm-project', private: true, type: 'module' }),
  'dist/app.json': JSON.stringify({ pages: ['pages/index/index'] }),
  'dist/app.js': `
    const { greet } = require('./utils/greet')
    const { name } = require('./config.json')
    App({ greeting: greet(name), topLevelThis: this === module.exports })`,
  'dist/utils/greet.js': `exports.greet = (name) => 'hello ' + name + ' from ' + require('../common/where.js')`,
  'dist/common/where.js': `module.exports = __filename.endsWith('where.js') ? 'commonjs' : 'somewhere else'`,
  'dist/config.json': JSON.stringify({ name: 'dist' }),
  'dist/pages/index/index.json': '{}',
  'dist/pages/index/index.wxml': '<text id="greeting">{{greeting}}</text>',
  'dist/pages/index/index.js': `
    const { greet } = require('../../utils/greet.js')
    Page({ data: { greeting: getApp().greeting + ' / ' + greet('a page') } })`,
}

const root = writeApp('mp-privacy-esm-project-', files)

test('a compiled app inside a "type": "module" package launches: its .js files run as CommonJS, as in WeChat', async () => {
  const app = await loadMiniProgram({ root: join(root, 'dist'), host: createWechatSimulator() })

  const page = await app.open('pages/index/index')

  expect(app.app.topLevelThis).toBe(true)
  expect(page.text('#greeting')).toBe('hello dist from commonjs / hello a page from commonjs')
})
