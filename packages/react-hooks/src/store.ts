import {
  getDefaultClient,
  isPromptVisible,
  type PrivacyClient,
  type PrivacyState,
  type PromptOwner,
  type PromptOwnerKind,
  selectScopeStatus,
} from '@mp-privacy/core'
import {
  checkConsent,
  checkScopes,
  consentGate,
  defaultTexts,
  pageSubscription,
  privacyGuardView,
  requestScope,
  scopeGuardView,
} from '@mp-privacy/core/ui'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'

// The other modules import these from here: one import site per external package keeps the built entry
// within its size budget (esbuild emits one import statement per importing module).
export {
  Button,
  checkConsent,
  checkScopes,
  consentGate,
  createContext,
  defaultTexts,
  getDefaultClient,
  isPromptVisible,
  privacyGuardView,
  requestScope,
  scopeGuardView,
  selectScopeStatus,
  Taro,
  Text,
  useContext,
  useEffect,
  useMemo,
  useRef,
  View,
}

/**
 * A selector that calls `build` only when one of `deps` changed (`!==`), so its result keeps its identity
 * otherwise and `useSyncExternalStore` skips the render.
 */
export function memoSelector<D extends unknown[], T>(
  deps: (state: PrivacyState) => [...D],
  build: (...deps: D) => T,
): (state: PrivacyState) => T {
  let last: D | undefined
  let value: T
  return (state) => {
    const next = deps(state)
    if (!last || next.some((dep, index) => dep !== last?.[index])) {
      last = next
      value = build(...next)
    }
    return value
  }
}

/**
 * Subscribes to the client's store; re-renders only when `select`'s result changes. `select` runs once per
 * state, so a selector may build an object without looping (it then re-renders on every state change).
 * While the page is hidden it does not re-render; it catches up when the page shows (core's pageSubscription).
 */
export function useClientState<T>(client: PrivacyClient, select: (state: PrivacyState) => T): T {
  const page = useMemo(() => pageSubscription(client.store), [client])
  Taro.useDidHide(page.hide)
  Taro.useDidShow(page.show)
  const getSnapshot = useMemo(() => {
    const selectOnce = memoSelector((state) => [state], select)
    return () => selectOnce(page.getState())
  }, [page, select])
  return useSyncExternalStore(page.subscribe, getSnapshot, getSnapshot)
}

/**
 * Makes the calling component a prompt owner of `kind` for its page: shown on mount and on every page show,
 * hidden on page hide, gone on unload or unmount. The ref holds the owner from the first effect on.
 */
export function usePromptOwner(
  client: PrivacyClient,
  kind: PromptOwnerKind,
): { current: PromptOwner | null } {
  const owner = useRef<PromptOwner | null>(null)
  useEffect(() => {
    const handle = client.registerOwner(undefined, { kind })
    owner.current = handle
    handle.show()
    return () => handle.dispose()
  }, [client, kind])
  Taro.useDidShow(() => owner.current?.show())
  // After the page's other onHide hooks: every subscription of the page is paused before the prompt moves.
  Taro.useDidHide(() => void Promise.resolve().then(() => owner.current?.hide()))
  Taro.useUnload(() => owner.current?.dispose())
  return owner
}

/** Asks WeChat for the consent state once, when nobody has yet (concurrent callers share one call in core). */
export function useConsentRefresh(client: PrivacyClient): void {
  useEffect(() => checkConsent(client), [client])
}

/** The consent status: what the guards and `useConsent` re-render on. */
export const selectStatus = (state: PrivacyState) => state.consent.status

/** Swallows the rejection of an action started by a tap: its outcome is in the state already. */
export const ignore = () => {}
