import type { Scheduler } from './scheduler'
import type { SimulatorCall, WxCallbacks, WxError, WxResult } from './types'

/** A `SimulatorCall` the simulator updates in place when the call settles. */
export type MutableCall = { -readonly [K in keyof SimulatorCall]: SimulatorCall[K] }

/** One call on the simulated `wx`: settles once, delivering WeChat's callbacks (or its Promise) asynchronously. */
export interface Call {
  readonly api: string
  readonly entry: MutableCall
  /** The Promise the API returns when called without callbacks, if it has a Promise form. */
  readonly promise: Promise<object> | undefined
  settled: boolean
  succeed(result: WxResult): void
  fail(errMsg: string, errno?: number): void
}

/** The record of every call and the way to start one. */
export interface CallLog {
  readonly calls: MutableCall[]
  /**
   * Records a call of `api`. `promiseForm`: the API returns a Promise when no callback is given (the four
   * privacy APIs are callback-only, H1).
   */
  begin(api: string, rawOptions: unknown, promiseForm: boolean): Call
}

/** `true` for a non-null object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Creates the call log; callbacks run through `scheduler`, `emit` runs on every change. */
export function createCallLog(
  scheduler: Scheduler,
  emit: () => void,
  failure: (errMsg: string, errno: number | undefined) => object = (errMsg, errno) =>
    errno === undefined ? { errMsg } : { errMsg, errno },
): CallLog {
  const calls: MutableCall[] = []

  function begin(api: string, rawOptions: unknown, promiseForm: boolean): Call {
    const entry: MutableCall = { api, outcome: 'pending' }
    calls.push(entry)
    const callbacks = (isObject(rawOptions) ? rawOptions : {}) as WxCallbacks<object>
    const hasCallback =
      typeof callbacks.success === 'function' ||
      typeof callbacks.fail === 'function' ||
      typeof callbacks.complete === 'function'
    let resolvePromise: ((value: object) => void) | undefined
    let rejectPromise: ((reason: WxError) => void) | undefined
    const promise =
      promiseForm && !hasCallback
        ? new Promise<object>((resolve, reject) => {
            resolvePromise = resolve
            rejectPromise = reject
          })
        : undefined
    const call: Call = {
      api,
      entry,
      promise,
      settled: false,
      succeed(result) {
        if (call.settled) return
        call.settled = true
        entry.outcome = 'success'
        entry.errMsg = result.errMsg
        scheduler.deliver(() => {
          callbacks.success?.(result)
          callbacks.complete?.(result)
          resolvePromise?.(result)
        })
        emit()
      },
      fail(errMsg, errno) {
        if (call.settled) return
        call.settled = true
        const error = failure(errMsg, errno) as WxError
        entry.outcome = 'fail'
        entry.errMsg = errMsg
        if (errno !== undefined) entry.errno = errno
        scheduler.deliver(() => {
          callbacks.fail?.(error)
          callbacks.complete?.(error)
          rejectPromise?.(error)
        })
        emit()
      },
    }
    emit()
    return call
  }

  return { calls, begin }
}
