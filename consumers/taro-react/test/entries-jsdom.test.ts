// @vitest-environment jsdom
import '@mp-privacy/simulator/taro'
import { entries, testEntries } from './entries'

testEntries({ ...entries, '@mp-privacy/react': 'usePrivacy' }, 'jsdom')
