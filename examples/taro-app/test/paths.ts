import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { outputDir } from '../../../scripts/tasks.mjs'

/** The example's folder (examples/taro-app). */
export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where `taro build --type weapp` writes the mini program (what WeChat DevTools opens). */
export const weappDir = outputDir('taro-app:weapp')

/** Where `taro build --type tt` writes the Douyin mini program. */
export const ttDir = outputDir('taro-app:tt')

/** Where `taro build --type alipay` writes the Alipay mini program. */
export const alipayDir = outputDir('taro-app:alipay')

/** Where `taro build --type h5` writes the browser demo. */
export const h5Dir = outputDir('taro-app:h5')
