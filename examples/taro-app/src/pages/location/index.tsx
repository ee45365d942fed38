import { ScopeGuard, useScope } from '@mp-privacy/react'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { PrivacyPopup } from '../../components/PrivacyPopup'
import { platform } from '../../platform'
import { describeError, formatCoordinates, texts } from '../../privacy'

/** Rendered only once `scope.userLocation` is granted: reads the location when it mounts. */
function CurrentLocation() {
  const [location, setLocation] = useState('locating…')
  useEffect(() => {
    platform.api.getLocation().then(
      (coordinates) => setLocation(`You are at ${formatCoordinates(coordinates)}`),
      (error: unknown) => setLocation(`location failed: ${describeError(error)}`),
    )
  }, [])
  return (
    <Text id="current-location" className="status">
      {location}
    </Text>
  )
}

/** Location: the scope guard asks for `scope.userLocation`; after a denial it offers the Settings page. */
export default function Location() {
  const { status } = useScope('scope.userLocation')
  return (
    <View className="page">
      <View className="card">
        <Text className="card__title">Where am I?</Text>
        <Text id="scope-status" className="status">{`scope.userLocation: ${status}`}</Text>
        <ScopeGuard scope="scope.userLocation" texts={texts}>
          <CurrentLocation />
        </ScopeGuard>
      </View>
      <PrivacyPopup />
    </View>
  )
}
