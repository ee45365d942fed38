import { Button, Text, View } from '@tarojs/components'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useState } from 'react'

// Placeholder until @mp-privacy/react lands: shows the agree button's event and the page's visibility.
export default function Index() {
  const [consent, setConsent] = useState('pending')
  const [visibility, setVisibility] = useState('hidden')
  useDidShow(() => setVisibility('shown'))
  useDidHide(() => setVisibility('hidden'))

  return (
    <View className="page">
      <Text id="status" className="status">
        {consent}
      </Text>
      <Text id="visibility" className="status">
        {visibility}
      </Text>
      <Button
        id="agree-btn"
        openType="agreePrivacyAuthorization"
        onAgreePrivacyAuthorization={(event) => setConsent(`agreed:${event.currentTarget.id}`)}
      >
        Agree
      </Button>
    </View>
  )
}
