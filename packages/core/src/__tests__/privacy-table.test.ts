import { describe, expect, test } from 'vitest'
import { PRIVACY_KEYS, type PrivacyKey, privacyKeys } from '../catalog'
import { scopesBeyondTable, typesWithoutInterface, wechatPrivacyTable } from './fixtures/wechat-privacy-table'

const sorted = (values: readonly string[]) => [...values].sort()

describe('H9: the catalog holds every row of WeChat’s privacy-guide table (fixtures/wechat-privacy-table.ts)', () => {
  test.each(wechatPrivacyTable.map((row) => [row.key, row.type, row] as const))(
    '%s (%s): the same APIs, components and scopes',
    (key, _type, row) => {
      const info = privacyKeys[key as PrivacyKey]
      expect(info, key).toBeDefined()
      expect(sorted(info.apis)).toEqual(sorted(row.apis))
      expect(sorted(info.components)).toEqual(sorted(row.components))
      expect(sorted(info.scopes)).toEqual(sorted([...row.scopes, ...(scopesBeyondTable[key] ?? [])]))
    },
  )

  test('every privacy key is in the table or among the types no interface reveals, and nothing else', () => {
    const listed = [...wechatPrivacyTable.map((row) => row.key), ...typesWithoutInterface]
    expect(sorted(listed)).toEqual(sorted(PRIVACY_KEYS))
    for (const key of typesWithoutInterface) {
      expect(privacyKeys[key]).toMatchObject({ apis: [], components: [], scopes: [] })
    }
  })

  test('<button open-type="getUserInfo"> is a use of UserInfo (the table writes open-type="userInfo")', () => {
    expect(privacyKeys.UserInfo.components).toContain('button.getUserInfo')
  })
})
