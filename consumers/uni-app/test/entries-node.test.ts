// @vitest-environment node
import { entries, testEntries } from './entries'

testEntries({ ...entries, '@mp-privacy/vue': 'usePrivacy' }, 'node')
