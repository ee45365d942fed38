/** A running demo server. */
export interface DemoServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves the files under `root` on 127.0.0.1 (loopback only). `port` 0 (the default) picks a free port.
 *
 * @example
 * const server = await serve({ root: outputDir('taro-app:h5') })
 * console.log(server.url)
 * await server.close()
 */
export declare function serve(options: { root: string; port?: number }): Promise<DemoServer>
