import { project } from '../vitest.shared'

export default project('docs', {
  test: {
    environment: 'node',
    // Builds the site (with the browser demo and the API reference) unless its inputs are unchanged.
    globalSetup: ['./test/global-setup.ts'],
  },
})
