// babel-preset-taro options: https://github.com/NervJS/taro/blob/main/packages/babel-preset-taro/README.md
module.exports = {
  presets: [['taro', { framework: 'vue3', ts: true, compiler: 'webpack5' }]],
}
