import type { AgreeOpenType } from '@mp-privacy/core/ui'
import { Button, type ButtonProps } from '@tarojs/components'
import { usePrivacyClient } from './PrivacyProvider'

export type { AgreeOpenType }

/**
 * Props of `<AgreeButton>`: Taro `Button` props, with the open-type limited to the agree ones.
 *
 * @example
 * ```tsx
 * const props: AgreeButtonProps = { openType: 'getPhoneNumber|agreePrivacyAuthorization', onGetPhoneNumber: save }
 * ```
 */
export interface AgreeButtonProps extends Omit<ButtonProps, 'openType' | 'id'> {
  /** Default `'agreePrivacyAuthorization'`. */
  openType?: AgreeOpenType
  /** Must be one of the client's `agreeButtonId`s. Default: `client.agreeButtonId`. */
  id?: string
}

/**
 * A Taro `Button` with `openType="agreePrivacyAuthorization"` and a stable `id`, whose
 * `onAgreePrivacyAuthorization` event calls `client.agree(id)`: the calls waiting for consent continue.
 * Agreement never comes from `onClick` (H17).
 *
 * @example
 * ```tsx
 * <AgreeButton type="primary">同意</AgreeButton>
 * <AgreeButton openType="getPhoneNumber|agreePrivacyAuthorization" onGetPhoneNumber={(e) => login(e.detail.code)}>
 *   同意并使用手机号登录
 * </AgreeButton>
 * ```
 */
export function AgreeButton({
  id,
  openType = 'agreePrivacyAuthorization',
  onAgreePrivacyAuthorization,
  ...props
}: AgreeButtonProps) {
  const client = usePrivacyClient()
  const buttonId = id ?? client.agreeButtonId
  return (
    <Button
      {...props}
      id={buttonId}
      openType={openType}
      onAgreePrivacyAuthorization={(event) => {
        // H13: WeChat continues the calls only for the id of the button whose agree event fired. Once per tap
        // (H39), as the Vue twin, whose Alipay output binds the event twice.
        if (client.agree(buttonId)) onAgreePrivacyAuthorization?.(event)
      }}
    />
  )
}
