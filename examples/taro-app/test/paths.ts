import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The example's folder (examples/taro-app). */
export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where `taro build --type weapp` writes the mini program (what WeChat DevTools opens). */
export const weappDir = join(appRoot, 'dist')
