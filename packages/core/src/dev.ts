declare const process: { env: { NODE_ENV?: string } }

/**
 * Runs `report` in development builds only. Development means `process.env.NODE_ENV !== 'production'` as the
 * app's bundler writes it into the code: Taro and uni-app replace it at build time (`'development'` in watch /
 * dev builds, `'production'` in release builds, which then drop this code), Vite and webpack too, and Node
 * reads the real variable. Where nothing replaced it and there is no `process` (a mini program built without a
 * bundler), nothing is reported.
 */
export function dev(report: () => void): void {
  try {
    if (process.env.NODE_ENV !== 'production') report()
  } catch {
    // No `process` at run time: not a build we can tell is a development one.
  }
}
