import { existsSync, readFileSync, statSync } from 'node:fs'
import { lineColumn } from './locate'
import type { SourceLocation } from './types'

/**
 * The text of a JSON file the audit needs and its parsed value. A UTF-8 byte order mark (Windows editors write
 * one) is accepted. Throws a one-line `TypeError` that says what to do when the file is missing or not JSON; the
 * command turns it into exit code 2.
 */
export function readJsonFile(
  file: string,
  hint: { missing: string; invalid: string },
): { text: string; value: unknown } {
  if (!existsSync(file) || !statSync(file).isFile()) throw new TypeError(`${file} not found: ${hint.missing}`)
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  try {
    return { text, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ')
    throw new TypeError(`${file} is not valid JSON (${reason}): ${hint.invalid}`)
  }
}

/** The line of the last of `needles`, each searched after the previous one (`"permission"`, then `"scope.x"`). */
export function jsonLocation(file: string, text: string, needles: readonly string[]): SourceLocation {
  let offset = 0
  let found = 0
  for (const needle of needles) {
    const index = text.indexOf(needle, offset)
    if (index === -1) break
    found = index
    offset = index + needle.length
  }
  return { file, ...lineColumn(text, found) }
}
