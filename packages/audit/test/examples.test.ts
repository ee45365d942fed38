import { readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputDir, repoRoot } from '../../../scripts/tasks.mjs'
import { audit, type PrivacyDeclaration } from '../src/index'

// Built by test/global-setup.ts.
const examples = join(repoRoot, 'examples')
const apps = [
  { name: 'taro-app', dir: outputDir('taro-app:weapp'), runtime: ['taro.js', 'vendors.js', 'runtime.js'] },
  { name: 'uni-app', dir: outputDir('uni-app:mp-weixin'), runtime: ['vendor.js'] },
]

describe.each(apps)('the compiled $name example', ({ name, dir, runtime }) => {
  const result = audit({ dir })

  it('audits clean with its privacy.json (found in the project root)', () => {
    expect(relative(examples, result.privacyFile ?? '')).toBe(`${name}/privacy.json`)
    expect(result.findings).toEqual([])
    expect(result.keysInUse).toEqual(['UserInfo', 'Location', 'Clipboard'])
  })

  it("finds the app's own call sites and components, nothing in the framework runtime", () => {
    expect(result.usages.filter((usage) => runtime.includes(basename(usage.location.file)))).toEqual([])
    expect([...new Set(result.usages.map((usage) => usage.name))].sort()).toEqual([
      'button.chooseAvatar',
      'getClipboardData',
      'getLocation',
      'input.nickname',
    ])
  })

  it('reports errno 112 for a type removed from its privacy.json, at the call site', () => {
    const privacy = JSON.parse(
      readFileSync(join(examples, name, 'privacy.json'), 'utf8'),
    ) as PrivacyDeclaration
    const without = {
      ...privacy,
      setting_list: (privacy.setting_list ?? []).filter((s) => s.privacy_key !== 'Clipboard'),
    }
    const findings = audit({ dir, privacy: without }).findings
    expect(findings.map((finding) => [finding.rule, finding.subject, finding.errno])).toEqual([
      ['undeclared-privacy-type', 'Clipboard', 112],
    ])
    expect(findings[0]?.apis).toEqual(['getClipboardData'])
  })
})
