import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useState } from 'react'

// Placeholder until @mp-privacy/react lands: a privacy-gated API (Clipboard) called from a tap.
export default function Profile() {
  const [clipboard, setClipboard] = useState('')
  const [visibility, setVisibility] = useState('hidden')
  useDidShow(() => setVisibility('shown'))
  useDidHide(() => setVisibility('hidden'))

  const readClipboard = () => {
    Taro.getClipboardData({
      success: (res) => setClipboard(`clipboard:${res.data}`),
      fail: (err) => setClipboard(`error:${err.errMsg}`),
    }).catch(() => {})
  }

  return (
    <View className="page">
      <Text id="visibility" className="status">
        {visibility}
      </Text>
      <Button id="clipboard-btn" onClick={readClipboard}>
        Read clipboard
      </Button>
      <Text id="clipboard" className="status">
        {clipboard}
      </Text>
    </View>
  )
}
