import {
  getDefaultClient,
  isPromptVisible,
  type PrivacyClient,
  type PrivacyState,
  selectScopeStatus,
} from '@mp-privacy/core'
import {
  checkConsent,
  checkScopes,
  consentGate,
  defaultTexts,
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
 */
export function useClientState<T>(client: PrivacyClient, select: (state: PrivacyState) => T): T {
  const getSnapshot = useMemo(() => {
    const selectOnce = memoSelector((state) => [state], select)
    return () => selectOnce(client.store.getState())
  }, [client, select])
  return useSyncExternalStore(client.store.subscribe, getSnapshot, getSnapshot)
}

/** Asks WeChat for the consent state once, when nobody has yet (concurrent callers share one call in core). */
export function useConsentRefresh(client: PrivacyClient): void {
  useEffect(() => checkConsent(client), [client])
}

/** The consent status: what the guards and `useConsent` re-render on. */
export const selectStatus = (state: PrivacyState) => state.consent.status

/** Swallows the rejection of an action started by a tap: its outcome is in the state already. */
export const ignore = () => {}
