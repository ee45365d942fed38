/** Microtask-based delivery of WeChat callbacks, with a way to wait until nothing is left to deliver. */
export interface Scheduler {
  /** Runs `task` asynchronously, after the current synchronous code (WeChat never calls back synchronously). */
  deliver(task: () => void): void
  /** Resolves once every delivery — and every delivery those trigger — has run. */
  flush(): Promise<void>
}

// Enough microtask turns for an app's `await` chain to issue its next call before flush gives up waiting.
const IDLE_TURNS = 20

/** Creates a scheduler. Never touches timers, so it runs under fake timers and inside mini programs. */
export function createScheduler(): Scheduler {
  let inFlight = 0
  return {
    deliver(task) {
      inFlight++
      // A throwing app callback surfaces as an unhandled rejection instead of being swallowed.
      Promise.resolve().then(() => {
        inFlight--
        task()
      })
    },
    async flush() {
      let idle = 0
      while (idle < IDLE_TURNS) {
        await Promise.resolve()
        idle = inFlight > 0 ? 0 : idle + 1
      }
    },
  }
}
