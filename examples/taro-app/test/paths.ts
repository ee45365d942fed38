import { appRoot, outputDirs } from '../scripts/build.mjs'

export { appRoot }

/** Where `taro build --type weapp` writes the mini program (what WeChat DevTools opens). */
export const weappDir = outputDirs.weapp

/** Where `taro build --type h5` writes the browser demo. */
export const h5Dir = outputDirs.h5
