import { project } from '../../vitest.shared'

export default project('uni-app', {
  test: {
    environment: 'jsdom',
    // Builds dist/build/mp-weixin first, or reuses it when its inputs are unchanged.
    globalSetup: ['./test/global-setup.ts'],
  },
})
