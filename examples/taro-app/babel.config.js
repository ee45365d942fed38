// babel-preset-taro options: https://github.com/NervJS/taro/blob/main/packages/babel-preset-taro/README.md
const typescript = require.resolve('@babel/plugin-transform-typescript')

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  // The preset runs its class-properties plugin before its TypeScript preset, which fails on `declare` fields
  // (used by @mp-privacy/core's sources, built from source here). Config plugins run first: strip types here.
  overrides: [
    { test: /\.ts$/, plugins: [[typescript, { allowDeclareFields: true }]] },
    { test: /\.tsx$/, plugins: [[typescript, { allowDeclareFields: true, isTSX: true }]] },
  ],
}
