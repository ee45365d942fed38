#!/usr/bin/env node
import { runPrivacyCommand } from './privacyCommand'

runPrivacyCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`mp-privacy: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  },
)
