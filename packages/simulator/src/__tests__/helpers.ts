import type { PrivacyResolveOptions, WechatSimulator, WxError } from '../index'

/** One event the app's privacy listener received. */
export interface ListenerEvent {
  resolve: (options: PrivacyResolveOptions) => void
  referrer: string
}

/** Registers a privacy listener on `sim.wx` that records every event it receives. */
export function listen(sim: WechatSimulator): ListenerEvent[] {
  const events: ListenerEvent[] = []
  sim.wx.onNeedPrivacyAuthorization?.((resolve, { referrer }) => {
    events.push({ resolve, referrer })
  })
  return events
}

/** What a callback-style call delivered. */
export interface Outcome<R> {
  success?: R
  fail?: WxError
  complete?: R | WxError
  order: string[]
}

/** Callbacks that record what they receive, in order. */
export function recorder<R>(): { outcome: Outcome<R>; callbacks: Required<CallbacksOf<R>> } {
  const outcome: Outcome<R> = { order: [] }
  return {
    outcome,
    callbacks: {
      success: (res: R) => {
        outcome.success = res
        outcome.order.push('success')
      },
      fail: (err: WxError) => {
        outcome.fail = err
        outcome.order.push('fail')
      },
      complete: (res: R | WxError) => {
        outcome.complete = res
        outcome.order.push('complete')
      },
    },
  }
}

interface CallbacksOf<R> {
  success?: (res: R) => void
  fail?: (err: WxError) => void
  complete?: (res: R | WxError) => void
}

/** Calls `getPrivacySetting` and returns its result. */
export async function privacySetting(sim: WechatSimulator) {
  const { outcome, callbacks } = recorder<{
    needAuthorization: boolean
    privacyContractName: string
    errMsg: string
  }>()
  sim.wx.getPrivacySetting?.(callbacks)
  await sim.flush()
  if (!outcome.success) throw new Error('getPrivacySetting did not succeed')
  return outcome.success
}
