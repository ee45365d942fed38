// @vitest-environment jsdom
import { entries, testEntries } from './entries'

testEntries({ ...entries, '@mp-privacy/vue': 'usePrivacy' }, 'jsdom')
