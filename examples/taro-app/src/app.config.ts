/** Taro types WeChat's keys only; Douyin and Alipay read `usePrivacyCheck`. */
type PrivacyConfig = Pick<Taro.AppConfig, 'requiredPrivateInfos' | 'permission' | '__usePrivacyCheck__'> & {
  usePrivacyCheck?: boolean
}

/**
 * Each platform's own privacy switches and scope declarations in app.json. `TARO_ENV` is the platform Taro builds
 * for; H5 (the demo) takes WeChat's.
 */
function privacyConfig(): PrivacyConfig {
  switch (process.env.TARO_ENV) {
    case 'tt':
      return {
        // Douyin: the privacy gate is on with usePrivacyCheck (always on for apps created after 2024-03-25);
        // permission sets the subtitle of the location dialog.
        usePrivacyCheck: true,
        permission: { 'scope.userLocation': { desc: 'Shows you on the Location tab' } },
      }
    case 'alipay':
      // Alipay: the privacy gate is on with usePrivacyCheck; scopes have no app.json declaration there.
      return { usePrivacyCheck: true }
    default:
      return {
        // H23: location APIs must also be listed here.
        requiredPrivateInfos: ['getLocation'],
        permission: { 'scope.userLocation': { desc: 'Shows you on the Location tab' } },
        // H4: the gate is always on since 2023-10-17; kept for older base libraries.
        __usePrivacyCheck__: true,
      }
  }
}

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/profile/index', 'pages/location/index'],
  window: {
    navigationBarTitleText: 'mp-privacy',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#07c160',
    list: [
      { pagePath: 'pages/index/index', text: 'Home' },
      { pagePath: 'pages/profile/index', text: 'Profile' },
      { pagePath: 'pages/location/index', text: 'Location' },
    ],
  },
  ...privacyConfig(),
})
