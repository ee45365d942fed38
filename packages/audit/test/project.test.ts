import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { audit, toJson } from '../src/index'

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url))

describe('a native TypeScript app, pointed at its project root', () => {
  const root = `${fixtures}/native-ts`
  const result = audit({ dir: root })

  it('follows miniprogramRoot from project.config.json', () => {
    expect(relative(fixtures, result.dir)).toBe('native-ts/miniprogram')
    expect(relative(fixtures, result.privacyFile ?? '')).toBe('native-ts/miniprogram/privacy.json')
  })

  it('audits the .ts sources DevTools compiles, and a compiled .js instead of the .ts beside it', () => {
    expect(result.usages.map((usage) => `${usage.name} ${relative(root, usage.location.file)}`)).toEqual([
      'getLocation miniprogram/pages/index/index.ts',
      'startLocationUpdate miniprogram/pages/index/index.ts',
      'onLocationChange miniprogram/pages/index/index.ts',
      'getClipboardData miniprogram/pages/legacy/legacy.js',
      'getUserProfile miniprogram/pages/profile/profile.ts',
      'chooseMedia miniprogram/pages/profile/profile.ts',
    ])
    expect(result.keysInUse).toEqual(['UserInfo', 'Location', 'Album', 'Clipboard'])
  })

  it('says what it could not read: a file that does not parse, a declared npm package never built', () => {
    expect(
      result.findings.map(
        (finding) =>
          `${finding.rule} ${finding.rule === 'unparsable-file' ? '' : finding.subject} @ ${relative(root, finding.locations[0]?.file ?? '')}:${finding.locations[0]?.line}`,
      ),
    ).toEqual([
      'unparsable-file  @ miniprogram/utils/broken.ts:1',
      'unbuilt-npm-package @vant/weapp @ miniprogram/package.json:1',
    ])
    expect(result.findings.map((finding) => finding.severity)).toEqual(['warning', 'warning'])
  })

  it('counts the files read and skipped, in the JSON output too', () => {
    // Read: app.ts, index.ts, profile.ts (legacy.ts is read as legacy.js; broken.ts is skipped; .d.ts are not code).
    expect(result.files).toEqual({ js: 1, ts: 3, wxml: 2, skipped: 1, unreachable: 0 })
    expect(toJson(result)).toMatchObject({ files: { js: 1, ts: 3, wxml: 2, skipped: 1, unreachable: 0 } })
  })
})
