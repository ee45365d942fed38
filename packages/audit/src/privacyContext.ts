import type { PrivacyApi } from '@mp-privacy/openapi'
import { BadInput, type PrivacyArgs } from './parsePrivacyArgs'

/**
 * What each subcommand of `mp-privacy` works with: the parsed arguments, the language, the output (the token
 * already redacted), the WeChat API (created on first need: it throws {@link BadInput} without a token) and the folder.
 *
 * @example
 * ```ts
 * import type { PrivacyContext } from './privacyContext'
 * const done = ({ out, zh }: PrivacyContext) => out(zh ? '完成' : 'done')
 * ```
 */
export interface PrivacyContext {
  options: PrivacyArgs
  zh: boolean
  out: (text: string) => void
  err: (text: string) => void
  api: () => PrivacyApi
  cwd: string
}

/**
 * Throws {@link BadInput} when a subcommand that takes no folder or file gets one.
 *
 * @example
 * ```ts
 * import { noPositional, type PrivacyContext } from './privacyContext'
 * const pull = (context: PrivacyContext) => noPositional(context)
 * ```
 */
export function noPositional({ options }: PrivacyContext): void {
  if (options.positional.length > 0) {
    throw new BadInput(`${options.command} takes no folder or file argument: got "${options.positional[0]}"`)
  }
}
