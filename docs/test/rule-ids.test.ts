import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { repoRoot, rulesPage } from './paths'
import { citedRuleIds, definedRuleIds, filesToScan, unknownCitations } from './rule-ids'

const page = readFileSync(rulesPage, 'utf8')
const defined = definedRuleIds(page)
const known = new Set(defined)

describe('docs/host-behaviour.md', () => {
  test('defines H1…H39, each once and in order', () => {
    expect(defined).toEqual(Array.from({ length: 39 }, (_, index) => `H${index + 1}`))
  })

  test('tags every rule [doc], [seen] or [open] and names its sources', () => {
    const rules = page.split(/^### /m).slice(1)
    expect(rules).toHaveLength(39)
    for (const rule of rules) {
      const heading = rule.slice(0, rule.indexOf('\n'))
      expect(heading, heading).toMatch(/ \[(doc|seen|open)\](?: \[(doc|seen|open)\])*$/)
      expect(rule, heading).toMatch(/— Sources?:\s+\S/)
    }
  })
})

describe('every rule id cited in packages/, examples/, the consumer apps, scripts and the docs exists', () => {
  const files = [
    ...filesToScan(
      repoRoot,
      ['packages', 'examples', 'consumers', 'scripts', 'test'].filter((dir) =>
        existsSync(join(repoRoot, dir)),
      ),
    ),
    ...filesToScan(repoRoot, ['docs']).filter(
      (file) => file.endsWith('.md') && file !== 'docs/host-behaviour.md',
    ),
    'README.md',
  ]

  test('no citation of an undefined rule', () => {
    expect(unknownCitations(repoRoot, files, known)).toEqual([])
  })

  test('the scan reaches the code, tests and READMEs that cite rules', () => {
    const citing = files.filter((file) => citedRuleIds(readFileSync(join(repoRoot, file), 'utf8')).length > 0)
    expect(citing).toEqual(
      expect.arrayContaining([
        'packages/core/README.md',
        'packages/simulator/README.md',
        expect.stringMatching(/^packages\/core\/src\/.+\.ts$/),
        expect.stringMatching(/^packages\/simulator\/src\/.+\.test\.ts$/),
        expect.stringMatching(/^examples\/taro-app\/(src|test)\//),
        expect.stringMatching(/^examples\/uni-app\/(src|test)\//),
      ]),
    )
    expect(
      files.some((file) => file.includes('node_modules') || file.startsWith('examples/taro-app/dist')),
    ).toBe(false)
  })
})

describe('the check fails on a citation of a rule that does not exist', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mp-privacy-rule-ids-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('reports the file, line and id', () => {
    writeFileSync(
      join(dir, 'page.ts'),
      '// H13: agree needs the tapped button id\n// H40: no such rule (H1–H39)\n',
    )
    writeFileSync(join(dir, 'README.md'), 'Rules H1…H41.\n')
    expect(unknownCitations(dir, ['README.md', 'page.ts'], known)).toEqual([
      { file: 'README.md', line: 1, id: 'H41' },
      { file: 'page.ts', line: 2, id: 'H40' },
    ])
  })

  test('a rules page without a rule drops its id', () => {
    const withoutH13 = page.replace(/^### <a id="h13"><\/a>H13 · .*$/m, '### Agree')
    expect(definedRuleIds(withoutH13)).not.toContain('H13')
    expect(definedRuleIds(withoutH13)).toHaveLength(38)
  })

  test('a heading whose anchor does not match its id is an error', () => {
    expect(() => definedRuleIds('### <a id="h3"></a>H4 · x [doc]')).toThrow(
      'The anchor h3 of rule H4 must be h4.',
    )
  })
})
