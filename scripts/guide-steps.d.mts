export type Framework = 'taro' | 'uni-app'

export type Action =
  | {
      kind: 'file'
      path: string
      action: 'create' | 'replace' | 'rename' | 'merge'
      from?: string
      code: string
      lang: string
      line: number
      only?: Framework
    }
  | { kind: 'command'; command: string; line: number; only?: Framework }

export interface GuideStep {
  title: string
  line: number
  actions: Action[]
}

export function guideSteps(file: string): GuideStep[]
export function unmarkedBlocks(file: string): number[]
export function codeShape(actions: Action[]): string[]
