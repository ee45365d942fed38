/// <reference types="@tarojs/taro" />

declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built (set by the Taro CLI). */
    TARO_ENV?: 'weapp' | 'tt' | 'alipay' | 'h5'
  }
}
