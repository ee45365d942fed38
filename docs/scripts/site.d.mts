/** The docs package folder (docs/). */
export const docsRoot: string
/** Where `vitepress build` writes the site. */
export const siteDir: string
/** Writes the API reference (api/) from the packages' TypeScript sources with TypeDoc. */
export function generateApi(): void
/** Builds the Taro example's H5 demo unless unchanged and copies it to public/demo. */
export function copyDemo(): void
/** Builds the site unless its inputs are unchanged; `force` rebuilds anyway. */
export function ensureSite(options?: { force?: boolean }): { siteDir: string; built: boolean }
