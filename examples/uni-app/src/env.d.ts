/// <reference types="@dcloudio/types" />

// For plain `tsc` (vue-tsc reads the real SFCs).
declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<object, object, unknown>
  export default component
}
