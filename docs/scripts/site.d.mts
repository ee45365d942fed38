/** The docs package folder (docs/). */
export const docsRoot: string
/** Writes the API reference (api/) from the packages' TypeScript sources with TypeDoc. */
export function generateApi(): void
/** Copies the browser demo (the build task `taro-app:h5`, built beforehand) to public/demo. */
export function copyDemo(): void
