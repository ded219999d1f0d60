import { createServer, type Server } from 'node:http'

export type CmsStub = { url: string; requests: string[]; close: () => Promise<void> }
export type Rewrite = (collection: string, body: { docs: Record<string, unknown>[] } & Record<string, unknown>) => void

/**
 * A local HTTP stub standing in for the CMS: it forwards every request to the real test CMS
 * and lets a test rewrite the JSON of a collection's answer (to break a document's schema, or to
 * drop a translation). Binary answers (media files) pass through unchanged.
 */
export async function startCmsStub(cmsUrl: string, rewrite: Rewrite): Promise<CmsStub> {
  const requests: string[] = []
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', cmsUrl)
    requests.push(url.pathname + url.search)
    try {
      const upstream = await fetch(url, { headers: { accept: request.headers.accept ?? '*/*' } })
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream'
      const collection = /^\/api\/([\w-]+)$/.exec(url.pathname)?.[1]
      if (collection && type.includes('json') && upstream.ok) {
        const body = (await upstream.json()) as Parameters<Rewrite>[1]
        rewrite(collection, body)
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      } else {
        response.writeHead(upstream.status, { 'content-type': type }).end(Buffer.from(await upstream.arrayBuffer()))
      }
    } catch (error) {
      response.writeHead(502).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('no address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
