import { createServer, type Server } from 'node:http'
import { builtSiteHandler } from '../../../scripts/lib/staticSite.ts'

export type StaticServer = { origin: string; close: () => Promise<void> }

/**
 * Serves a built site on a free loopback port the way `npm start` and Netlify do, with the
 * headers netlify.toml and the build's `_headers` give each path (the Content-Security-Policy
 * included).
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer(await builtSiteHandler(root))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('no address')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
