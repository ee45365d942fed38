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
  // H23: location APIs must also be listed here.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: 'Shows you on the Location tab' },
  },
  // H4: the gate is always on since 2023-10-17; kept for older base libraries.
  __usePrivacyCheck__: true,
})
