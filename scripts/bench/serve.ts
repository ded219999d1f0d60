import { readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pagefind': 'application/wasm',
}
/** Types a static host compresses on the fly; Pagefind's index files are gzip data already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt'])

/** netlify.toml's immutable paths: hashed names, cached for a year. */
const IMMUTABLE = /^\/(_astro|pagefind\/[\w-]+\/(fragment|index|filter))\//

export type StaticServer = { origin: string; close: () => Promise<void> }

/**
 * Serves folders on loopback the way the production host serves the site: gzip for text,
 * netlify.toml's cache headers (a year for hashed files, revalidation by ETag for the rest),
 * index.html for folders. `mounts` maps URL prefixes to folders, longest first.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const gzipped = new Map<string, Buffer>()
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const prefix = prefixes.find((candidate) => urlPath.startsWith(candidate))
    if (prefix === undefined) return void response.writeHead(404).end()
    const root = mounts[prefix]
    let file = path.join(root, urlPath.slice(prefix.length))
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    let stat
    try {
      stat = statSync(file)
      if (stat.isDirectory()) stat = statSync((file = path.join(file, 'index.html')))
    } catch {
      return void response.writeHead(404).end()
    }
    const extension = path.extname(file)
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
    const headers: Record<string, string> = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': IMMUTABLE.test(urlPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      etag,
    }
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, headers).end()
    let body: Buffer = readFileSync(file)
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      let compressed = gzipped.get(etag + file)
      if (!compressed) gzipped.set(etag + file, (compressed = gzipSync(body)))
      body = compressed
      headers['content-encoding'] = 'gzip'
      headers.vary = 'accept-encoding'
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('the static server has no address')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
