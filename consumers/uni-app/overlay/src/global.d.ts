// The components registered by the easycom rule of pages.json, typed for vue-tsc (shipped by @mp-privacy/vue).
/// <reference types="@mp-privacy/vue/global" />
