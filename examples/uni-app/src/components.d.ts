// Types the components registered by the easycom rule of pages.json (no import in the pages) for vue-tsc's
// template checks: the declaration @mp-privacy/vue ships for easycom users.
/// <reference types="@mp-privacy/vue/global" />
