import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { audit } from '../src/index'

const app = fileURLToPath(new URL('./fixtures/call-shapes', import.meta.url))
const result = audit({ dir: app })

/** The uses found in one file of the fixture, as `kind:name line`. */
function usesIn(file: string): string[] {
  return result.usages
    .filter((usage) => relative(app, usage.location.file) === file)
    .map((usage) => `${usage.kind}:${usage.name} ${usage.location.line}`)
}

describe('calls through the shapes real code uses', () => {
  it.each([
    [
      'destructuring of the host',
      'pages/destructure.js',
      ['api:getClipboardData 7', 'api:chooseImage 10', 'api:chooseMedia 11'],
    ],
    ['an alias of the host, assigned later', 'pages/alias.js', ['api:getLocation 8']],
    [
      'call, apply and bind',
      'pages/call-apply.js',
      ['api:getLocation 4', 'api:getClipboardData 7', 'api:chooseImage 10'],
    ],
    [
      'an API handed to a helper (promisify)',
      'pages/promisify.js',
      ['api:chooseImage 8', 'api:getLocation 12'],
    ],
    [
      'the host passed into a factory and a class',
      'pages/host-param.js',
      ['api:getLocation 4', 'api:chooseImage 13'],
    ],
    [
      'APIs stored in objects (called by another name, maybe elsewhere)',
      'pages/stored.js',
      ['api:getLocation 3', 'api:chooseImage 4', 'api:getClipboardData 6'],
    ],
    ['a manager kept on this (and on that = this)', 'pages/manager-this.js', ['api:RecorderManager.start 9']],
    [
      'API names from same-file constants and a helper given literal names',
      'pages/computed-name.js',
      [
        'api:chooseImage 6',
        'api:chooseVideo 6',
        'api:chooseMedia 6',
        'api:getClipboardData 11',
        'api:chooseAddress 14',
      ],
    ],
    [
      'scopes given to a helper of the same file',
      'pages/scope-helper.js',
      ['scope:scope.camera 3', 'scope:scope.record 3', 'scope:scope.userLocation 3'],
    ],
    [
      'scopes from same-file constants',
      'pages/scope-constant.js',
      ['scope:scope.camera 7', 'scope:scope.record 9'],
    ],
  ])('%s', (_, file, expected) => {
    expect(usesIn(file)).toEqual(expected)
  })

  it('a helper that calls what it is given names no API: not a use by itself', () => {
    expect(usesIn('utils/promisify.js')).toEqual([])
  })

  it('existence checks, canIUse, Boolean(), logging, comments, strings and other objects are not uses', () => {
    expect(usesIn('pages/not-uses.js')).toEqual([])
  })
  it('a host call by a name or a scope built at run time is no use, and is said once for its file', () => {
    expect(usesIn('pages/dynamic.js')).toEqual([])
    const said = result.findings.filter((finding) => finding.rule === 'dynamic-api-call')
    expect(
      said.map(
        (finding) => `${relative(app, finding.locations[0]?.file ?? '')}:${finding.locations[0]?.line}`,
      ),
    ).toEqual(['pages/dynamic.js:3', 'utils/auth.js:3'])
    expect(said.map((finding) => [finding.severity, finding.subject])).toEqual([
      ['warning', 'wx[name]'],
      ['warning', 'wx.authorize'],
    ])
  })

  it('the declaration covers every use: no other finding', () => {
    expect(result.findings.map((finding) => finding.rule)).toEqual(['dynamic-api-call', 'dynamic-api-call'])
  })
})

describe('the same shapes in what uni-app and Taro compile to', () => {
  const uses = (dir: string) =>
    audit({ dir: fileURLToPath(new URL(`./fixtures/${dir}`, import.meta.url)) }).usages.map(
      (usage) => `${usage.kind}:${usage.name} ${usage.location.line}`,
    )

  it('uni-app: uni taken apart, handed to a helper, a manager on this', () => {
    expect(uses('call-shapes-uni/mp-weixin')).toEqual([
      'api:getClipboardData 9',
      'api:chooseImage 12',
      'api:RecorderManager.start 16',
    ])
  })

  it("Taro: the module's default taken apart, call, a manager in a variable", () => {
    expect(uses('call-shapes-taro/output')).toEqual([
      'api:getLocation 7',
      'api:getClipboardData 8',
      'api:RecorderManager.start 9',
    ])
  })
})
