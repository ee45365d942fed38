export default definePageConfig({ navigationBarTitleText: 'Other' })
