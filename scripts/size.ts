import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/**
 * Bundles one entry point the way an app's bundler would (ESM, minified, tree-shaken) and returns its
 * minified and gzipped sizes in bytes. `external` packages are left out of the figure.
 */
export async function measure(
  entry: string,
  external: string[] = [],
): Promise<{ min: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    conditions: ['@mp-privacy/source'],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength }
}
