/**
 * The CMS's HTTP server: Next.js (Payload's admin and API) behind Arkivi's request guard, which
 * bounds every request (body size, rate, read deadline) before anything parses it. Node 24 runs
 * this file as it is (type stripping). `npm start` and the tests start it; `--dev` serves the
 * development build.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { requestGuard } from './src/http/guard.ts'
import { requestLimits } from './src/http/limits.ts'

const dev = process.argv.includes('--dev')
const port = Number(process.env.CMS_PORT ?? 3000)
// Every interface unless CMS_HOST names one (e.g. 127.0.0.1 behind a reverse proxy on this host).
const hostname = process.env.CMS_HOST
const limits = requestLimits()
const guard = requestGuard(limits)

const app = next({ dev, dir: path.dirname(fileURLToPath(import.meta.url)), hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer(async (request, response) => {
  try {
    if (await guard(request, response)) return
    await handle(request, response)
  } catch (error) {
    console.error(error)
    if (!response.headersSent) response.writeHead(500).end()
  }
})
// A client gets 20 s to send its headers and 120 s for the whole request (slow uploads included).
server.headersTimeout = 20_000
server.requestTimeout = 120_000
server.listen(port, hostname, () => console.log(`Arkivi CMS on http://${hostname ?? 'localhost'}:${port}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)))
}
