import { project } from '../../vitest.shared'

export default project('audit', {
  test: {
    // test/examples.test.ts audits the compiled examples: builds them first unless their inputs are unchanged.
    globalSetup: ['./test/global-setup.ts'],
  },
})
