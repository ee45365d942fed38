import type { ConsentStatus, PrivacyClient, PrivacyState, PromptOwnerKind } from './types'

/** The places able to show the one agree prompt, and which of them shows it. */
export interface PromptOwners {
  /** `client.registerOwner`: `changed` runs whenever the owner shows, hides or goes. */
  register: PrivacyClient['registerOwner']
  /** Who shows the prompt (`state.prompt`) while `pending` calls wait and consent reads `consent`. */
  prompt(pending: number, consent: ConsentStatus): PrivacyState['prompt']
  /** Forgets every owner. */
  clear(): void
}

/**
 * The prompt owners of one client. `changed` publishes the state after an owner shows, hides or goes.
 *
 * @example
 * ```ts
 * const owners = promptOwners(() => update())
 * owners.register('pages/index', { kind: 'guard' }).show()
 * owners.prompt(0, 'required') // { ownerId: 'pages/index', visible: true }
 * ```
 */
export function promptOwners(changed: () => void): PromptOwners {
  const owners = new Map<string, PromptOwnerKind>()
  // Visible owners, the one shown most recently last.
  let visible: string[] = []
  let seq = 0

  const lastVisible = (kind: PromptOwnerKind) => {
    for (let index = visible.length - 1; index >= 0; index--) {
      if (owners.get(visible[index] as string) === kind) return visible[index] as string
    }
    return null
  }

  return {
    register(id = `mp-privacy-owner-${++seq}`, { kind = 'popup' } = {}) {
      if (owners.has(id)) {
        throw new TypeError(`registerOwner("${id}"): already registered. Dispose it first or use another id.`)
      }
      owners.set(id, kind)
      const toggle = (show: boolean) => {
        visible = visible.filter((other) => other !== id)
        if (show && owners.has(id)) visible.push(id)
        changed()
      }
      return {
        id,
        kind,
        show: () => toggle(true),
        hide: () => toggle(false),
        dispose() {
          owners.delete(id)
          toggle(false)
        },
      }
    },

    prompt(pending, consent) {
      // One prompt per page: a popup shows the pending calls; a guard asks for consent otherwise.
      const popupFirst = pending > 0
      const ownerId =
        lastVisible(popupFirst ? 'popup' : 'guard') ?? lastVisible(popupFirst ? 'guard' : 'popup')
      const shown =
        ownerId !== null &&
        (pending > 0 || (owners.get(ownerId) === 'guard' && (consent === 'required' || consent === 'error')))
      return { ownerId, visible: shown }
    },

    clear() {
      owners.clear()
      visible = []
    },
  }
}
