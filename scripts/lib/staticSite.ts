import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { headersForPath, netlifyHeaderRules } from './netlifyHeaders.ts'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * Serves a built site as Netlify serves it: its files (index.html for folders), each locale's
 * 404 page for missing paths (netlify.toml's 404 rules), and on every response the headers
 * netlify.toml and the build's `_headers` give its path.
 */
export async function builtSiteHandler(dir: string): Promise<RequestHandler> {
  const rules = await netlifyHeaderRules(dir)
  const files = sirv(dir, { dev: false, etag: true })
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    for (const [name, value] of headersForPath(rules, pathname)) response.appendHeader(name, value)
    files(request, response, () => notFound(dir, pathname, response))
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
