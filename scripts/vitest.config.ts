import { project } from '../vitest.shared'

export default project('scripts', {
  test: { environment: 'node', include: ['test/**/*.test.ts'], typecheck: { enabled: false } },
})
