// @vitest-environment node
import '@mp-privacy/simulator/taro'
import { entries, testEntries } from './entries'

// @mp-privacy/react is not here: its peer @tarojs/components (the H5 build, which needs a DOM) only loads in jsdom.
testEntries(entries, 'node')
