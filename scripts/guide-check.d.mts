import type { Framework } from './guide-steps.mjs'

export interface CheckResult {
  ok: boolean
  detail?: string
  output?: string
}

export interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numRuntimeErrorTests?: number
}

export function stripJsonComments(text: string): string
export function merge(into: unknown, from: unknown): unknown
export function guideCheck(options: {
  repo: string
  work: string
  tarballs: string
  framework: Framework
  check: (name: string, fn: () => CheckResult) => boolean
  countVitest: (json: VitestReport) => void
}): boolean
