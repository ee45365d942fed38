import { PrivacyGuard, usePrivacy } from '@mp-privacy/react'
import { Text, View } from '@tarojs/components'
import { PrivacyPopup } from '../../components/PrivacyPopup'
import { texts } from '../../privacy'

function Content() {
  const { status, contractName } = usePrivacy()
  return (
    <View id="home-content" className="card">
      <Text className="card__title">Welcome</Text>
      <Text id="consent-status" className="status">{`consent: ${status}`}</Text>
      <Text id="contract-name" className="status">
        {status === 'unsupported'
          ? 'This WeChat has no privacy gate'
          : `You agreed to ${contractName ?? 'the privacy guide'}`}
      </Text>
    </View>
  )
}

/** Home: asks WeChat on launch whether consent is needed (proactive flow) and guards its content. */
export default function Index() {
  return (
    <View className="page">
      <PrivacyGuard texts={texts} loading={<Text id="consent-loading">Checking privacy settings…</Text>}>
        <Content />
      </PrivacyGuard>
      <PrivacyPopup />
    </View>
  )
}
