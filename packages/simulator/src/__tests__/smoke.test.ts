import { placeholder } from '@mp-privacy/simulator'
import { expect, test } from 'vitest'

test('x', () => {
  expect(placeholder).toBe(1)
})
