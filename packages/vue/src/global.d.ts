// Types the components for apps that register them by name (uni-app easycom, or `app.component`), so vue-tsc
// checks their props in templates. Add `"types": ["@mp-privacy/vue/global"]` to tsconfig.json's compilerOptions
// (or `/// <reference types="@mp-privacy/vue/global" />` in a .d.ts of the app).
declare module 'vue' {
  interface GlobalComponents {
    AgreeButton: typeof import('./components/AgreeButton.vue')['default']
    PrivacyGuard: typeof import('./components/PrivacyGuard.vue')['default']
    ScopeGuard: typeof import('./components/ScopeGuard.vue')['default']
  }
}

export {}
