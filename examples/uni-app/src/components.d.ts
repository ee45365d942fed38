// The components registered by the easycom rule of pages.json (no import in the pages), typed for vue-tsc's
// template checks.
declare module 'vue' {
  interface GlobalComponents {
    AgreeButton: typeof import('@mp-privacy/vue/components/AgreeButton.vue')['default']
    PrivacyGuard: typeof import('@mp-privacy/vue/components/PrivacyGuard.vue')['default']
    ScopeGuard: typeof import('@mp-privacy/vue/components/ScopeGuard.vue')['default']
  }
}

export {}
