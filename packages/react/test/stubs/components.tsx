// Test double of `@tarojs/components` (aliased in vitest.config.ts): DOM elements a test can query and fire.
// `agreeprivacyauthorization` is a DOM CustomEvent whose `detail` is the event WeChat hands the handler.
import { type ReactNode, useEffect, useRef } from 'react'

interface Props {
  id?: string
  className?: string
  children?: ReactNode
  ariaRole?: string
  ariaLabel?: string
  onClick?: (event: unknown) => void
  onTap?: (event: unknown) => void
}

const common = ({ id, className, children, ariaRole, ariaLabel, onClick, onTap }: Props) => ({
  id,
  className,
  children,
  role: ariaRole,
  'aria-label': ariaLabel,
  onClick: onClick ?? onTap,
})

export const View = (props: Props) => <div {...common(props)} />
export const Text = (props: Props) => <span {...common(props)} />

export function Button({
  openType,
  loading,
  disabled,
  onAgreePrivacyAuthorization,
  ...props
}: Props & {
  openType?: string
  loading?: boolean
  disabled?: boolean
  onAgreePrivacyAuthorization?: (event: unknown) => void
}) {
  const ref = useRef<HTMLButtonElement>(null)
  const onAgree = useRef(onAgreePrivacyAuthorization)
  onAgree.current = onAgreePrivacyAuthorization
  useEffect(() => {
    const button = ref.current
    const listener = (event: Event) => onAgree.current?.((event as CustomEvent).detail)
    button?.addEventListener('agreeprivacyauthorization', listener)
    return () => button?.removeEventListener('agreeprivacyauthorization', listener)
  }, [])
  return (
    <button
      type="button"
      ref={ref}
      data-open-type={openType}
      data-loading={loading}
      disabled={disabled}
      {...common(props)}
    />
  )
}
