import { readFileSync } from 'node:fs'
import { audit, type PrivacyDeclaration } from '@mp-privacy/audit'
import type { PrivacySettingFile } from '@mp-privacy/simulator'
import { expect, test } from 'vitest'
import { HERE, launch, PRIVACY_FILE } from './helpers'
import { weappDir } from './paths'

const shipped = JSON.parse(readFileSync(PRIVACY_FILE, 'utf8')) as PrivacySettingFile & PrivacyDeclaration

test('H7: a type removed from privacy.json fails with errno 112 at the call site mp-privacy-audit reports', async () => {
  const privacy = {
    ...shipped,
    setting_list: shipped.setting_list.filter((s) => s.privacy_key !== 'Clipboard'),
  }

  const findings = audit({ dir: weappDir, privacy }).findings
  expect(findings.map((finding) => [finding.rule, finding.subject, finding.apis])).toEqual([
    ['undeclared-privacy-type', 'Clipboard', ['getClipboardData']],
  ])

  const { sim, app } = await launch({ privacy, agreed: true })
  const profile = await app.open('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(
    () =>
      profile.text('#clipboard').startsWith('clipboard failed:') &&
      profile.text('#location') === `location: ${HERE}`,
  )
  expect(sim.calls.filter((call) => call.api === 'getClipboardData')).toEqual([
    expect.objectContaining({
      outcome: 'fail',
      errno: 112,
      errMsg: 'getClipboardData:fail api scope is not declared in the privacy agreement',
    }),
  ])
})

test('with the shipped privacy.json the audit is clean and every gated call of the page succeeds', async () => {
  expect(audit({ dir: weappDir }).findings).toEqual([])
  const { sim, app } = await launch({ agreed: true })
  const profile = await app.open('pages/profile/index')
  await profile.tap('#read-both-btn')
  await app.waitFor(() => profile.text('#clipboard') === 'clipboard: copied text')
  expect(sim.calls.filter((call) => call.outcome !== 'success')).toEqual([])
})
