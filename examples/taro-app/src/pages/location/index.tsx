import { Text, View } from '@tarojs/components'

// Placeholder until @mp-privacy/react lands.
export default function Location() {
  return (
    <View className="page">
      <Text id="title">location</Text>
    </View>
  )
}
