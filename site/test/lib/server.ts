import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
}

export type StaticServer = { origin: string; close: () => Promise<void> }

/**
 * Serves a built site on a free loopback port, as a static host would (index.html for
 * folders), with `headers` on every response (e.g. the production Content-Security-Policy).
 */
export async function serveDirectory(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = path.join(root, urlPath)
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html')
      statSync(file)
    } catch {
      return void response.writeHead(404).end()
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('no address')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
