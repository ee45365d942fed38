import { PrivacyProvider } from '@mp-privacy/react'
import type { PropsWithChildren } from 'react'
import { platform } from './platform'
import { privacyClient } from './privacy'
import './app.css'

const { DemoLayer } = platform

function App({ children }: PropsWithChildren) {
  return (
    <PrivacyProvider client={privacyClient}>
      {children}
      {DemoLayer ? <DemoLayer /> : null}
    </PrivacyProvider>
  )
}

export default App
