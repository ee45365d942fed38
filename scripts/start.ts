/** How an app-side call ended: WeChat's `errMsg`/`errno` are kept when it failed. */
export interface CallResult {
  outcome: 'pending' | 'success' | 'fail'
  errMsg?: string
  errno?: number
}

/**
 * Shared by the packages' tests: starts a gated API the way app code does (callbacks, not `sim.calls`)
 * and records how it ends.
 *
 * @example
 * const location = start((o) => sim.wx.getLocation(o))
 * await sim.flush()
 * expect(location).toEqual({ outcome: 'success' })
 */
export function start(
  call: (options: {
    success: () => void
    fail: (err: { errMsg: string; errno?: number }) => void
  }) => unknown,
): CallResult {
  const result: CallResult = { outcome: 'pending' }
  call({
    success: () => {
      result.outcome = 'success'
    },
    fail: ({ errMsg, errno }) => {
      Object.assign(result, { outcome: 'fail', errMsg }, errno === undefined ? {} : { errno })
    },
  })
  return result
}
