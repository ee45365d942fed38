import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputDir, repoRoot } from '../../../scripts/tasks.mjs'
import { type AuditResult, audit, type PrivacyDeclaration } from '../src/index'

// Built by test/global-setup.ts: the production build, and the development (watch) build of the same app.
const examples = join(repoRoot, 'examples')
const apps = [
  { name: 'taro-app', production: 'taro-app:weapp', development: 'taro-app:weapp-dev' },
  { name: 'uni-app', production: 'uni-app:mp-weixin', development: 'uni-app:mp-weixin-dev' },
] as const

/** What a finding says, without its places (a development build maps them to the sources). */
function said(result: AuditResult): string[] {
  return result.findings.map(
    (finding) => `${finding.rule} ${finding.subject} ${finding.apis?.join(',') ?? ''}`,
  )
}

describe.each(apps)('the $name example, development and production builds', (app) => {
  const privacy = JSON.parse(
    readFileSync(join(examples, app.name, 'privacy.json'), 'utf8'),
  ) as PrivacyDeclaration
  const without = (key: string): PrivacyDeclaration => ({
    ...privacy,
    setting_list: (privacy.setting_list ?? []).filter((setting) => setting.privacy_key !== key),
  })
  const builds = [outputDir(app.production), outputDir(app.development)]

  it.each([
    ['the declaration as it is', privacy],
    ['Clipboard left out', without('Clipboard')],
    ['Location left out', without('Location')],
  ])('give the same findings with %s', (_, declaration) => {
    const [production, development] = builds.map((dir) => said(audit({ dir, privacy: declaration })))
    expect(development).toEqual(production)
  })

  it('find the same uses, and report a type left out of the declaration in both', () => {
    const [production, development] = builds.map((dir) => audit({ dir, privacy: without('Clipboard') }))
    const uses = (result: AuditResult | undefined) =>
      [...new Set(result?.usages.map((usage) => `${usage.kind}:${usage.name}`))].sort()
    expect(uses(development)).toEqual(uses(production))
    expect(uses(production)).toEqual([
      'api:getClipboardData',
      'api:getLocation',
      'component:button.chooseAvatar',
      'component:input.nickname',
    ])
    expect(said(development as AuditResult)).toEqual(['undeclared-privacy-type Clipboard getClipboardData'])
  })
})

describe("Taro's development build", () => {
  it("places every use in the app's sources through its source maps (webpack paths flattened with _)", () => {
    const result = audit({ dir: outputDir('taro-app:weapp-dev') })
    expect(
      result.usages.map(
        (usage) => `${usage.name} ${relative(join(examples, 'taro-app'), usage.location.file)}`,
      ),
    ).toEqual([
      'input.nickname src/pages/profile/index.tsx',
      'button.chooseAvatar src/pages/profile/index.tsx',
      'getLocation src/platform.ts',
      'getClipboardData src/platform.ts',
    ])
  })
})
