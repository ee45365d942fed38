import { usePrivacy } from '@mp-privacy/react'
import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PrivacyPopup } from '../../components/PrivacyPopup'
import { platform } from '../../platform'
import { describeError, formatCoordinates } from '../../privacy'

/** Profile: nickname and avatar (privacy components), and two gated calls started by one tap (passive flow). */
export default function Profile() {
  const { requireConsent } = usePrivacy()
  const [clipboard, setClipboard] = useState('')
  const [location, setLocation] = useState('')
  const [nicknameEditable, setNicknameEditable] = useState(false)
  const [nickname, setNickname] = useState('')
  const [avatar, setAvatar] = useState('')

  // H11: both calls wait for the same prompt; one agree (or disagree) settles both.
  const readBoth = () => {
    setClipboard('clipboard: waiting…')
    setLocation('location: waiting…')
    platform.api.getClipboardData().then(
      (data) => setClipboard(`clipboard: ${data}`),
      (error: unknown) => setClipboard(`clipboard failed: ${describeError(error)}`),
    )
    platform.api.getLocation().then(
      (coordinates) => setLocation(`location: ${formatCoordinates(coordinates)}`),
      (error: unknown) => setLocation(`location failed: ${describeError(error)}`),
    )
  }

  // H18: before consent a nickname input is a plain text input, so ask for consent first.
  const editNickname = () => {
    requireConsent().then(
      () => setNicknameEditable(true),
      (error: unknown) => setNickname(`nickname locked: ${describeError(error)}`),
    )
  }

  return (
    <View className="page">
      <View className="card">
        <Text className="card__title">Nickname and avatar</Text>
        {nicknameEditable ? (
          <Input
            id="nickname-input"
            type="nickname"
            placeholder="Your nickname"
            onInput={(event) => setNickname(event.detail.value)}
          />
        ) : (
          <Button id="nickname-btn" onClick={editNickname}>
            Set nickname
          </Button>
        )}
        <Text id="nickname" className="status">
          {nickname}
        </Text>
        <Button
          id="avatar-btn"
          openType="chooseAvatar"
          onChooseAvatar={(event) => setAvatar(String(event.detail.avatarUrl ?? ''))}
        >
          Choose avatar
        </Button>
        {avatar ? <Image id="avatar" className="avatar" src={avatar} /> : null}
      </View>
      <View className="card">
        <Text className="card__title">Clipboard and location</Text>
        <Button id="read-both-btn" type="primary" onClick={readBoth}>
          Read clipboard and location
        </Button>
        <Text id="clipboard" className="status">
          {clipboard}
        </Text>
        <Text id="location" className="status">
          {location}
        </Text>
      </View>
      <PrivacyPopup />
    </View>
  )
}
