import { PrivacyError, toPrivacyError } from './errors'
import type { HostCallbacks, PrivacyHost } from './host'

export type Api =
  | 'getPrivacySetting'
  | 'requirePrivacyAuthorize'
  | 'openPrivacyContract'
  | 'getSetting'
  | 'authorize'
  | 'openSetting'
export type ResultOf<K extends Api> = Parameters<
  NonNullable<NonNullable<Parameters<NonNullable<PrivacyHost[K]>>[0]['success']>>
>[0]

/** Calls a callback-style host API as a method and returns a Promise; Taro's rejecting Promise is silenced (H27). */
export function invoke<K extends Api>(
  host: PrivacyHost,
  api: K,
  args?: { scope: string },
): Promise<ResultOf<K>> {
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => reject(toPrivacyError(err, api))
    try {
      const fn = host[api] as
        | ((options: HostCallbacks<ResultOf<K>> & { scope?: string }) => unknown)
        | undefined
      if (typeof fn !== 'function') throw new PrivacyError('UNSUPPORTED', { api })
      const returned = fn.call(host, { ...args, success: resolve, fail }) as Promise<unknown> | undefined
      if (typeof returned?.catch === 'function') returned.catch(() => {})
    } catch (error) {
      fail(error)
    }
  })
}

/** What a failed read stores: an `UNSUPPORTED` failure (H27's dev stubs) means there is no such gate here, not an error. */
export function readFailure(error: unknown, api: string) {
  const privacyError = toPrivacyError(error, api)
  return privacyError.code === 'UNSUPPORTED'
    ? ({ status: 'unsupported', error: null } as const)
    : ({ status: 'error', error: privacyError } as const)
}
