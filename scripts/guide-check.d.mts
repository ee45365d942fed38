import type { Framework } from './guide-steps.mjs'

export interface CheckResult {
  ok: boolean
  detail?: string
  output?: string
}

export function stripJsonComments(text: string): string
export function merge(into: unknown, from: unknown): unknown
export function guideCheck(options: {
  repo: string
  work: string
  tarballs: string
  framework: Framework
  check: (name: string, fn: () => CheckResult) => boolean
  /** Runs the app's own Vitest and counts its tests (createChecks' `vitest`). */
  vitest: (app: string, label: string) => { ok: boolean; detail: string }
}): boolean
