import { type DefaultTheme, defineConfig } from 'vitepress'

/** The API reference (generated in English, under /api/ and again under /en/api/ for the language switch). */
function api(prefix: '' | '/en'): DefaultTheme.SidebarItem[] {
  const entries = [
    'core',
    'core/catalog',
    'core/ui',
    'core/taro-plugin',
    'react',
    'vue',
    'vue/uni',
    'vue/taro',
    'simulator',
    'simulator/harness',
    'simulator/taro',
    'audit',
    'openapi',
  ]
  return [
    {
      text: 'API',
      link: `${prefix}/api/`,
      items: entries.map((entry) => ({ text: `@mp-privacy/${entry}`, link: `${prefix}/api/${entry}` })),
    },
  ]
}

function sidebar(prefix: '' | '/en', zh: boolean): DefaultTheme.SidebarItem[] {
  const t = (chinese: string, english: string) => (zh ? chinese : english)
  return [
    {
      text: t('开始', 'Getting started'),
      items: [
        { text: t('介绍', 'Introduction'), link: `${prefix}/guide/` },
        { text: t('Taro（React）', 'Taro (React)'), link: `${prefix}/guide/taro` },
        { text: t('uni-app（Vue 3）', 'uni-app (Vue 3)'), link: `${prefix}/guide/uni-app` },
        { text: t('微信、抖音、支付宝', 'WeChat, Douyin, Alipay'), link: `${prefix}/guide/platforms` },
      ],
    },
    {
      text: t('指南', 'Guides'),
      items: [
        { text: t('授权流程', 'Flows'), link: `${prefix}/guide/flows` },
        { text: t('测试', 'Testing'), link: `${prefix}/guide/testing` },
        { text: t('静态检查（audit）', 'The audit'), link: `${prefix}/guide/audit` },
        {
          text: t('服务商：接口管理隐私指引', 'Service providers: the server API'),
          link: `${prefix}/guide/openapi`,
        },
        { text: t('常见问题', 'Troubleshooting'), link: `${prefix}/guide/troubleshooting` },
        {
          text: t('从手写弹窗迁移', 'Migrating from hand-written popups'),
          link: `${prefix}/guide/migration`,
        },
        { text: t('在线演示', 'Live demo'), link: `${prefix}/demo` },
      ],
    },
    {
      text: t('参考', 'Reference'),
      items: [
        {
          text: t('宿主行为规则 H1–H39（英文）', 'Host behaviour H1–H39'),
          link: '/host-behaviour',
        },
        { text: t('API（由源码生成，英文）', 'API (generated from the sources)'), link: '/api/' },
      ],
    },
  ]
}

export default defineConfig({
  title: 'mp-privacy',
  description: '微信小程序隐私授权与权限（Taro React / uni-app Vue 3）',
  cleanUrls: false,
  lastUpdated: false,
  // Built pages live next to their sources; these are not pages.
  srcExclude: ['**/node_modules/**', 'test/**', 'scripts/**', 'api-entries/**'],
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      themeConfig: {
        nav: [
          { text: '指南', link: '/guide/' },
          { text: '演示', link: '/demo' },
          { text: 'API', link: '/api/' },
        ],
        sidebar: { '/api/': api(''), '/': sidebar('', true) },
        outline: { label: '本页目录' },
        docFooter: { prev: '上一页', next: '下一页' },
        langMenuLabel: '切换语言',
        returnToTopLabel: '回到顶部',
        sidebarMenuLabel: '菜单',
        darkModeSwitchLabel: '深色模式',
      },
    },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      description:
        'WeChat mini-program privacy consent and scope permissions for Taro (React) and uni-app (Vue 3)',
      themeConfig: {
        nav: [
          { text: 'Guide', link: '/en/guide/' },
          { text: 'Demo', link: '/en/demo' },
          { text: 'API', link: '/en/api/' },
        ],
        sidebar: { '/en/api/': api('/en'), '/en/': sidebar('/en', false) },
      },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: {
                noResultsText: '没有找到结果',
                resetButtonTitle: '清除',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
  },
})
