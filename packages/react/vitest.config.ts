import { fileURLToPath } from 'node:url'
import { project } from '../../vitest.shared'

const stub = (name: string) => fileURLToPath(new URL(`./test/stubs/${name}.tsx`, import.meta.url))

// Taro's packages only run inside a Taro build: unit tests use small stand-ins (the compiled example app
// exercises the real ones).
export default project('react', {
  resolve: { alias: { '@tarojs/taro': stub('taro'), '@tarojs/components': stub('components') } },
  test: { environment: 'jsdom' },
})
