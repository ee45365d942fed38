import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineProject, type ViteUserConfig } from 'vitest/config'

/** The export condition that points workspace packages at their `src` (see each package.json). */
export const sourceCondition = '@mp-privacy/source'

/** Vitest project settings shared by every package: run workspace packages from source. */
export function project(name: string, config: ViteUserConfig = {}) {
  return defineProject({
    ...config,
    resolve: { ...config.resolve, conditions: [sourceCondition, ...defaultClientConditions] },
    ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
    test: {
      name,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      ...config.test,
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.{ts,tsx}'],
        tsconfig: './tsconfig.json',
        ...config.test?.typecheck,
      },
    },
  })
}
