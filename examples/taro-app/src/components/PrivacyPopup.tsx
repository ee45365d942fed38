import { AgreeButton, usePrivacyPrompt } from '@mp-privacy/react'
import { Button, Text, View } from '@tarojs/components'
import { POPUP_AGREE_ID } from '../privacy'

/**
 * The passive flow's prompt: every page renders it, and it shows on the page the user sees while gated calls
 * wait for consent (H10, H11). One agree settles all of them.
 *
 * @example
 * <View className="page">…<PrivacyPopup /></View>
 */
export function PrivacyPopup() {
  const prompt = usePrivacyPrompt()
  if (!prompt.visible) return null
  return (
    <View id="privacy-popup" className="privacy-popup">
      <View className="privacy-popup__sheet">
        <Text className="privacy-popup__title">Privacy</Text>
        <Text id="popup-referrers" className="privacy-popup__text">
          {`Waiting for your consent: ${prompt.referrers.join(', ')}`}
        </Text>
        <Text id="popup-contract" className="link" onClick={() => void prompt.openContract().catch(() => {})}>
          {prompt.contractName ?? 'the privacy guide'}
        </Text>
        <AgreeButton id={POPUP_AGREE_ID} type="primary">
          Agree
        </AgreeButton>
        <Button id="popup-disagree-btn" onClick={prompt.disagree}>
          Disagree
        </Button>
      </View>
    </View>
  )
}
