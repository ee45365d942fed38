#!/usr/bin/env node
import { EXIT_CODES, runCommand } from './command'

try {
  process.exitCode = runCommand(process.argv.slice(2))
} catch (error) {
  // One line on stderr, whatever the cause: CI logs show it whole.
  const message = error instanceof Error ? error.message : String(error)
  console.error(`mp-privacy-audit: ${message.replace(/\s*\n\s*/g, ' ')}`)
  process.exitCode = EXIT_CODES.badInput
}
