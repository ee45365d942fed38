/**
 * The browser demo's host (H5 builds only): a WeChat simulator whose system dialogs wait for a person's
 * click, drawn by `DemoLayer`. It also plays the part of WeChat's native button behaviour, which Taro's H5
 * `Button` lacks. Nothing here decides consent for the app: the app's client sees only what WeChat would send.
 * @module
 */
import {
  type AuthSetting,
  createWechatSimulator,
  type PrivacyKey,
  type WechatSimulator,
} from '@mp-privacy/simulator'

const storageKey = 'mp-privacy-demo'

interface Saved {
  agreedKeys: PrivacyKey[]
  authSetting: AuthSetting
}

function loadSaved(): Saved | null {
  try {
    const raw = localStorage.getItem(storageKey)
    return raw ? (JSON.parse(raw) as Saved) : null
  } catch {
    return null
  }
}

const saved = loadSaved()
const baseLibrary = new URLSearchParams(location.search).get('baseLibrary')

/**
 * The demo's simulated WeChat. What the user agreed to and the scope decisions survive a reload (a relaunch of
 * the mini program), as on a phone; `?baseLibrary=2.32.2` in the URL launches an old base library.
 *
 * @example
 * sim.subscribe(() => console.info(sim.dialog))
 */
export const sim: WechatSimulator = createWechatSimulator({
  officialPopup: 'manual',
  authorizePopup: 'manual',
  settings: 'manual',
  clipboardData: 'Hello from the clipboard',
  ...(saved ? { agreed: saved.agreedKeys, authSetting: saved.authSetting } : {}),
  ...(baseLibrary ? { baseLibrary } : {}),
})

sim.subscribe(() => {
  const { agreedKeys, authSetting } = sim.state
  localStorage.setItem(storageKey, JSON.stringify({ agreedKeys, authSetting } satisfies Saved))
})

/**
 * Forgets consent and scope decisions, like deleting the mini program from "recently used" (H5), and relaunches.
 *
 * @example
 * <button onClick={resetAndRelaunch}>Reset</button>
 */
export function resetAndRelaunch(): void {
  sim.clearAuthorization()
  localStorage.removeItem(storageKey)
  location.reload()
}

const avatarUrl =
  'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"%3E%3Crect width="2" height="2" fill="%2307c160"/%3E%3C/svg%3E'

/** What WeChat does for a button's `open-type` after the tap; Taro's H5 `Button` ignores `open-type`. */
function nativeButton(button: Element): void {
  const openType = button.getAttribute('open-type') ?? ''
  if (openType.split('|').includes('agreePrivacyAuthorization')) {
    // H13, H17: WeChat records consent for the tapped button and fires its agree event (or none).
    const event = sim.tapAgree(button.id || undefined, { openType })
    if (event) button.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { detail: event.detail }))
  } else if (openType === 'chooseAvatar') {
    // H10: the avatar button goes through the privacy gate before it picks a picture.
    // biome-ignore lint/correctness/useHookAtTopLevel: the simulator's useComponent is not a React hook.
    void sim.useComponent('button.chooseAvatar').then((result) => {
      if (result.ok) button.dispatchEvent(new CustomEvent('chooseavatar', { detail: { avatarUrl } }))
    })
  }
}

const replays = new WeakSet<Event>()

/**
 * Turns a click on a Taro button into a WeChat tap: its handlers run inside `sim.userTap` (so `openSetting`
 * works, H26), then its `open-type` does what WeChat would do.
 */
function bridgeTaps(): void {
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target
      if (replays.has(event) || !(target instanceof Element)) return
      const button = target.closest('taro-button-core')
      if (!button || button.hasAttribute('disabled')) return
      event.stopImmediatePropagation()
      const replay = new MouseEvent('click', event)
      replays.add(replay)
      sim.userTap(() => {
        target.dispatchEvent(replay)
        nativeButton(button)
      })
    },
    true,
  )
}

bridgeTaps()
