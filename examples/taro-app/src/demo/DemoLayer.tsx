import type { AuthSetting, Dialog } from '@mp-privacy/simulator'
import { type CSSProperties, type ReactNode, useState, useSyncExternalStore } from 'react'
import { resetAndRelaunch, sim } from './host'
import { words } from './words'

// The simulator's `state` is a fresh object on every read: React watches a change counter instead.
let version = 0
sim.subscribe(() => {
  version += 1
})
const subscribe = (listener: () => void) => sim.subscribe(listener)
const getVersion = () => version

// A dialog keeps its object while it is open: a new object is a new dialog (fresh Settings toggles).
const dialogKeys = new WeakMap<Dialog, number>()
let dialogCount = 0
function dialogKey(dialog: Dialog): number {
  let key = dialogKeys.get(dialog)
  if (key === undefined) {
    dialogCount += 1
    key = dialogCount
    dialogKeys.set(dialog, key)
  }
  return key
}

/** The simulator's bar above the app, like a developer tool outside the phone's screen. */
const panelHeight = 32

const styles = {
  backdrop: {
    position: 'fixed',
    inset: 0,
    zIndex: 10000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: 'rgba(0, 0, 0, 0.55)',
    fontFamily: '-apple-system, BlinkMacSystemFont, "Helvetica Neue", sans-serif',
  },
  card: {
    width: 'min(86vw, 360px)',
    padding: '20px 20px 16px',
    borderRadius: 12,
    background: '#ffffff',
    boxShadow: '0 8px 32px rgba(0, 0, 0, 0.25)',
    fontSize: 15,
    lineHeight: 1.5,
  },
  caption: { margin: 0, color: '#888888', fontSize: 12, letterSpacing: 0.5, textTransform: 'uppercase' },
  title: { margin: '4px 0 8px', fontSize: 18 },
  text: { margin: '0 0 16px', color: '#333333' },
  buttons: { display: 'flex', gap: 12 },
  button: {
    flex: 1,
    padding: '10px 0',
    border: '1px solid #d9d9d9',
    borderRadius: 8,
    background: '#f7f7f7',
    fontSize: 15,
    cursor: 'pointer',
  },
  primary: { borderColor: '#07c160', background: '#07c160', color: '#ffffff' },
  toggle: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '8px 0' },
  panel: {
    position: 'fixed',
    top: 0,
    left: 0,
    right: 0,
    height: panelHeight,
    zIndex: 9000,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    padding: '0 10px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    background: '#2b2b2b',
    color: '#f0f0f0',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
    fontSize: 11,
  },
  summary: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  reset: {
    flexShrink: 0,
    marginLeft: 'auto',
    padding: '2px 8px',
    border: '1px solid #888888',
    borderRadius: 4,
    background: 'transparent',
    color: '#f0f0f0',
    fontSize: 11,
    cursor: 'pointer',
  },
} satisfies Record<string, CSSProperties>

function SystemDialog({ caption, title, children }: { caption: string; title: string; children: ReactNode }) {
  return (
    <div id="demo-dialog" role="dialog" aria-label={title} style={styles.backdrop}>
      <div style={styles.card}>
        <p style={styles.caption}>{caption}</p>
        <h2 style={styles.title}>{title}</h2>
        {children}
      </div>
    </div>
  )
}

function Choice({ no, yes }: { no: ['deny' | 'disagree', string]; yes: ['allow' | 'agree', string] }) {
  return (
    <div style={styles.buttons}>
      <button id={`demo-${no[0]}`} type="button" style={styles.button} onClick={() => sim.answer(no[0])}>
        {no[1]}
      </button>
      <button
        id={`demo-${yes[0]}`}
        type="button"
        style={{ ...styles.button, ...styles.primary }}
        onClick={() => sim.answer(yes[0])}
      >
        {yes[1]}
      </button>
    </div>
  )
}

/** The Settings page (H26): only the scopes the app has asked for are listed. */
function SettingsPage({ initial }: { initial: AuthSetting }) {
  const [authSetting, setAuthSetting] = useState(initial)
  const scopes = Object.keys(authSetting)
  return (
    <SystemDialog caption={words.settingsCaption} title={words.settingsTitle}>
      {scopes.length === 0 ? <p style={styles.text}>{words.noPermissions}</p> : null}
      {scopes.map((scope) => (
        <label key={scope} style={styles.toggle}>
          <span>{scope}</span>
          <input
            type="checkbox"
            data-scope={scope}
            checked={authSetting[scope] === true}
            onChange={(event) => setAuthSetting({ ...authSetting, [scope]: event.target.checked })}
          />
        </label>
      ))}
      <div style={styles.buttons}>
        <button
          id="demo-settings-back"
          type="button"
          style={{ ...styles.button, ...styles.primary }}
          onClick={() => sim.answer(authSetting)}
        >
          {words.back}
        </button>
      </div>
    </SystemDialog>
  )
}

function OpenDialog({ dialog }: { dialog: Dialog }) {
  switch (dialog.kind) {
    case 'privacy':
      return (
        <SystemDialog caption={words.caption} title={words.privacyTitle}>
          <p style={styles.text}>{words.privacyText(dialog.api, dialog.contractName)}</p>
          <Choice no={['disagree', words.disagree]} yes={['agree', words.agree]} />
        </SystemDialog>
      )
    case 'coupled':
      return (
        <SystemDialog caption={words.caption} title={words.allowTitle(dialog.scope)}>
          <p style={styles.text}>{words.coupledText(dialog.contractName)}</p>
          <Choice no={['deny', words.deny]} yes={['allow', words.allow]} />
        </SystemDialog>
      )
    case 'authorize':
      return (
        <SystemDialog caption={words.caption} title={words.allowTitle(dialog.scope)}>
          <p style={styles.text}>{words.authorizeText(dialog.api)}</p>
          <Choice no={['deny', words.deny]} yes={['allow', words.allow]} />
        </SystemDialog>
      )
    case 'settings':
      return <SettingsPage initial={dialog.authSetting} />
  }
}

function Panel() {
  const { agreed, authSetting } = sim.state
  const scopes = Object.entries(authSetting)
    .map(([scope, on]) => `${scope.replace('scope.', '')}: ${on ? words.on : words.off}`)
    .join(' · ')
  return (
    <div id="demo-panel" style={styles.panel}>
      <strong style={{ flexShrink: 0 }}>{words.panel}</strong>
      <span id="demo-consent" style={{ flexShrink: 0 }}>
        {words.consent(agreed)}
      </span>
      <span id="demo-scopes" style={styles.summary}>
        {scopes}
      </span>
      <button id="demo-reset" type="button" style={styles.reset} onClick={resetAndRelaunch}>
        {words.reset}
      </button>
    </div>
  )
}

/**
 * The browser demo's WeChat: the simulator's open system dialog (privacy popup, permission popup, Settings
 * page) as an overlay a person answers, and a panel with what WeChat has recorded.
 *
 * @example
 * {DemoLayer ? <DemoLayer /> : null}
 */
export function DemoLayer() {
  useSyncExternalStore(subscribe, getVersion)
  const { dialog } = sim
  return (
    <>
      {/* Room for the bar above the app. Taro's H5 tabBar covers the bottom of fixed elements (WeChat's native
          one does not) and draws empty images for a tabBar without icons (WeChat shows the text only). */}
      <style>
        {`.taro-tabbar__container { box-sizing: border-box; padding-top: ${panelHeight}px; }
          .privacy-popup { bottom: 50px; }
          .weui-tabbar__icon { display: none; }`}
      </style>
      <Panel />
      {dialog ? <OpenDialog key={dialogKey(dialog)} dialog={dialog} /> : null}
    </>
  )
}
