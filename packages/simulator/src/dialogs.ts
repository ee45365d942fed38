import type { Dialog, DialogChoice } from './types'

/** A system dialog waiting its turn. */
export interface QueuedDialog {
  /** Returns the dialog to show, or `null` when the situation changed and no dialog is needed any more. */
  open(): Dialog | null
  /** The configured answer, or `'manual'` to wait for `answer`. */
  auto(): DialogChoice | 'manual'
  answer(choice: DialogChoice): void
}

/** System dialogs shown one at a time, first in first out; automatic answers are given as soon as one opens. */
export interface DialogQueue {
  readonly current: Dialog | null
  enqueue(queued: QueuedDialog): void
  answer(choice: DialogChoice): void
}

function checkChoice(dialog: Dialog, choice: DialogChoice): void {
  const expected =
    dialog.kind === 'privacy' ? ['agree', 'disagree'] : dialog.kind === 'settings' ? null : ['allow', 'deny']
  const ok =
    expected === null
      ? typeof choice === 'object' && choice !== null
      : typeof choice === 'string' && expected.includes(choice)
  if (!ok) {
    const wanted = expected === null ? 'a new authSetting object' : `'${expected[0]}' or '${expected[1]}'`
    throw new TypeError(
      `The open '${dialog.kind}' dialog is answered with ${wanted}, got ${JSON.stringify(choice)}.`,
    )
  }
}

/** Creates the queue; `onChange` runs whenever the open dialog may have changed. */
export function createDialogQueue(onChange: () => void): DialogQueue {
  const waiting: QueuedDialog[] = []
  let current: { dialog: Dialog; queued: QueuedDialog } | null = null
  let pumping = false

  function pump(): void {
    // Answers may enqueue further dialogs; the outer loop picks them up in order.
    if (pumping) return
    pumping = true
    try {
      while (!current && waiting.length > 0) {
        const queued = waiting.shift()!
        const dialog = queued.open()
        if (!dialog) continue
        const choice = queued.auto()
        if (choice === 'manual') current = { dialog, queued }
        else queued.answer(choice)
      }
    } finally {
      pumping = false
    }
    onChange()
  }

  return {
    get current() {
      return current?.dialog ?? null
    },
    enqueue(queued) {
      waiting.push(queued)
      pump()
    },
    answer(choice) {
      if (!current)
        throw new Error('answer: no dialog is open. Check `sim.dialog` (dialogs open only in manual modes).')
      checkChoice(current.dialog, choice)
      const { queued } = current
      current = null
      queued.answer(choice)
      pump()
    },
  }
}
