import { project } from '../../vitest.shared'

export default project('taro-vue-app', {
  test: {
    environment: 'jsdom',
    // Builds dist/ with `taro build --type weapp` first, or reuses it when its inputs are unchanged.
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 20_000,
  },
})
