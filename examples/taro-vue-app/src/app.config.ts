export default defineAppConfig({
  pages: ['pages/index/index', 'pages/other/index'],
  window: { navigationBarTitleText: 'mp-privacy (Taro Vue 3)' },
  // H4: the gate is always on since 2023-10-17; kept for older base libraries.
  __usePrivacyCheck__: true,
})
