import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import compression from 'compression'
import sirv from 'sirv'
import { headersForPath, netlifyHeaderRules } from './netlifyHeaders.ts'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

export type SiteServingOptions = {
  /**
   * Serve as Netlify's CDN also does beyond the configured headers: text compressed on the fly,
   * and `public, max-age=0, must-revalidate` (Netlify's default) on every file no rule gives a
   * Cache-Control, so a browser revalidates instead of guessing a lifetime. For the bench,
   * whose figures are bytes on the wire and warm-cache loads.
   */
  cdn?: boolean
  /** Other folders served under URL prefixes (e.g. the bench's Lunr pages), without the site's headers. */
  mounts?: Record<string, string>
}

export type StaticServer = { origin: string; close: () => Promise<void> }

/**
 * Serves a built site as Netlify serves it: its files (index.html for folders), each locale's
 * 404 page for missing paths (netlify.toml's 404 rules), and on every response the headers
 * netlify.toml and the build's `_headers` give its path.
 */
export async function builtSiteHandler(dir: string, { cdn = false, mounts = {} }: SiteServingOptions = {}): Promise<RequestHandler> {
  const rules = await netlifyHeaderRules(dir)
  const files = { dev: false, etag: true, ...(cdn ? { maxAge: 0 } : {}) }
  const site = sirv(dir, files)
  const prefixes = Object.keys(mounts)
    .sort((a, b) => b.length - a.length)
    .map((prefix) => ({ prefix, serve: sirv(mounts[prefix], files) }))
  const compress = cdn ? compression({ threshold: 0 }) : undefined
  const serve: RequestHandler = (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    const mount = prefixes.find(({ prefix }) => pathname.startsWith(prefix))
    if (mount) {
      request.url = `/${(request.url ?? '/').slice(mount.prefix.length)}`
      return mount.serve(request, response, () => void response.writeHead(404).end())
    }
    for (const [name, value] of headersForPath(rules, pathname)) response.appendHeader(name, value)
    site(request, response, () => notFound(dir, pathname, response))
  }
  return compress ? (request, response) => compress(request as never, response as never, () => serve(request, response)) : serve
}

/** Serves a built site (see builtSiteHandler) on a free loopback port. */
export async function serveBuiltSite(dir: string, options: SiteServingOptions = {}): Promise<StaticServer> {
  const server: Server = createServer(await builtSiteHandler(dir, options))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('the static server has no address')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function notFound(dir: string, pathname: string, response: ServerResponse): void {
  const locale = /^\/(sq|sr|en)\//.exec(pathname)?.[1] ?? 'sq'
  const page = path.join(dir, locale, '404', 'index.html')
  const fallback = path.join(dir, '404.html')
  const file = existsSync(page) ? page : fallback
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
  response.end(existsSync(file) ? readFileSync(file) : 'Not found')
}
