import type { PrivacyListener, PrivacyResolveOptions } from './host'
import type { PendingRequest, PrivacyState } from './types'

type Resolve = Parameters<PrivacyListener>[0]

// setTimeout holds 32-bit delays: anything longer (or Infinity) means "wait for ever".
const MAX_DELAY = 2_147_483_647

/** The calls WeChat holds until the user answers (H10, H11), each settled exactly once. */
export interface PendingRequests {
  /** Keeps a held call until it is settled. */
  add(resolve: Resolve, referrer: string): void
  /** Settles every held call with `result` (H13, H14). */
  settle(result: PrivacyResolveOptions): void
  /** The held calls as `state.pending` lists them: a new array only when they change. */
  list(): ReadonlyArray<PendingRequest>
  /**
   * The store subscriber: reports each call's exposure once a prompt shows it (H12); while no page shows a
   * prompt, warns (development) and settles the calls with disagree after `ownerTimeout`.
   */
  follow(prompt: PrivacyState['prompt']): void
}

/**
 * The pending requests of one client. `timedOut` publishes the state once `ownerTimeout` settled the calls.
 *
 * @example
 * ```ts
 * const requests = pendingRequests(Date.now, 10_000, () => update())
 * store.subscribe((state) => requests.follow(state.prompt))
 * ```
 */
export function pendingRequests(
  now: () => number,
  ownerTimeout: number,
  timedOut: () => void,
): PendingRequests {
  // Each held call's resolve, oldest first; the requests are the ones `state.pending` shows.
  const entries = new Map<PendingRequest, Resolve>()
  let listed: ReadonlyArray<PendingRequest> = []
  let seq = 0
  // Calls with a higher id have not been exposed (H12) / warned about yet.
  let exposedUpTo = 0
  let warnedUpTo = 0
  let ownerTimer: ReturnType<typeof setTimeout> | undefined
  let warnTimer: ReturnType<typeof setTimeout> | undefined

  // A faulty host callback must neither throw into the caller nor stop the others.
  const call = (resolve: Resolve, result: PrivacyResolveOptions) => {
    try {
      resolve(result)
    } catch {}
  }

  function warnWaiting() {
    // Development builds only. Taro, uni-app, Vite and webpack write `process.env.NODE_ENV` into the code, so in a
    // release build both arms read 'production' and the minifier (terser, esbuild) drops the check and the message;
    // the consumer check looks for the text in both apps' builds. Written out where it is used: behind a helper
    // function, webpack's terser kept the message. Without a bundler and a `process`, nothing is reported.
    if ((typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production') return
    const waiting = listed.filter((request) => request.id > warnedUpTo)
    if (waiting.length === 0) return
    warnedUpTo = seq
    console.warn(
      `[mp-privacy] ${waiting.map((request) => request.referrer).join(', ')} ${waiting.length > 1 ? 'wait' : 'waits'} for the privacy agreement, but no page shows a prompt. Render <PrivacyGuard> or a popup from usePrivacyPrompt() on the page that makes the call. ${
        ownerTimeout > MAX_DELAY
          ? 'It waits for ever (ownerTimeout: Infinity).'
          : `Without a prompt it is settled with disagree after ownerTimeout (${ownerTimeout} ms).`
      }`,
    )
  }

  const requests: PendingRequests = {
    add(resolve, referrer) {
      entries.set({ id: ++seq, referrer, since: now() }, resolve)
      listed = [...entries.keys()]
    },

    settle(result) {
      if (entries.size === 0) return
      const settled = [...entries.values()]
      entries.clear()
      listed = []
      for (const resolve of settled) call(resolve, result)
    },

    list: () => listed,

    follow({ ownerId, visible }) {
      if (visible) {
        for (const [request, resolve] of entries) {
          if (request.id > exposedUpTo) call(resolve, { event: 'exposureAuthorization' })
        }
        exposedUpTo = seq
      }
      if (ownerId !== null || entries.size === 0) {
        clearTimeout(ownerTimer)
        clearTimeout(warnTimer)
        ownerTimer = warnTimer = undefined
        return
      }
      // No silent waits: nobody shows these calls. Warn (development), then settle them.
      if (ownerTimer === undefined && ownerTimeout <= MAX_DELAY) {
        ownerTimer = setTimeout(() => {
          warnWaiting()
          requests.settle({ event: 'disagree' })
          timedOut()
        }, ownerTimeout)
      }
      if ((typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) !== 'production') {
        warnTimer ??= setTimeout(warnWaiting, Math.min(1000, ownerTimeout))
      }
    },
  }
  return requests
}
