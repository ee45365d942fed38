import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { audit, formatReport, toJson } from '../src/index'

// A native app with whole packages in miniprogram_npm (DevTools' "构建 npm" copies every component of a package),
// of which it uses a few: shaped after Vant Weapp's lib/, TDesign's miniprogram_dist/ and the QQ map SDK.
const fixture = fileURLToPath(new URL('./fixtures/reach', import.meta.url))

describe('library code in miniprogram_npm counts only where the app reaches it', () => {
  const result = audit({ dir: fixture, privacy: { setting_list: [] } })
  const places = result.usages.map((usage) => `${usage.name} @ ${relative(fixture, usage.location.file)}`)

  it('components named in usingComponents (of app.json too) or as a componentGenerics default, and the modules their code or the pages require, count', () => {
    expect(places).toEqual([
      'getClipboardData @ miniprogram_npm/@vant/weapp/common/utils.js',
      'getLocation @ miniprogram_npm/qqmap-wx-jssdk/index.js',
      'setClipboardData @ miniprogram_npm/tdesign-miniprogram/chat-actionbar/chat-actionbar.js',
      'saveImageToPhotosAlbum @ miniprogram_npm/tdesign-miniprogram/image-viewer/image-viewer.js',
    ])
    expect(result.keysInUse).toEqual(['Location', 'AlbumWriteOnly', 'Clipboard'])
  })

  it('components no page uses (an uploader, a chat sender with its <button open-type="chooseAvatar">) give no undeclared type', () => {
    const undeclared = result.findings.filter((finding) => finding.rule === 'undeclared-privacy-type')
    expect(undeclared.map((finding) => finding.subject)).toEqual(['Location', 'AlbumWriteOnly', 'Clipboard'])
    expect(places.join('\n')).not.toMatch(/uploader|upload\.js|chat-sender/)
  })

  it('unreachable library files are still read and counted, and the summary says how many were left out', () => {
    expect(result.files).toEqual({ js: 14, ts: 0, wxml: 10, skipped: 0, unreachable: 6 })
    expect(toJson(result).files).toMatchObject({ unreachable: 6 })
    expect(formatReport(result, { lang: 'en', cwd: fixture })).toContain(
      '(14 JS, 10 WXML files, 6 library files the app does not use (not counted))',
    )
    expect(formatReport(result, { cwd: fixture })).toContain('其中 6 个库文件未被应用使用（不计入）')
  })

  it('a page of the app’s own that app.json does not list still counts, with the components it uses', () => {
    expect(places).toContain(
      'saveImageToPhotosAlbum @ miniprogram_npm/tdesign-miniprogram/image-viewer/image-viewer.js',
    )
  })
})
