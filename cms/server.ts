/**
 * The CMS's HTTP server: Next.js (Payload's admin and API) behind Arkivi's request guard, which
 * bounds every request (body size, rate, read deadline) before anything parses it. Node 24 runs
 * this file as it is (type stripping). `npm start` and the tests start it; `--dev` serves the
 * development build.
 */
import './src/withMemorySettings.ts'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { checkServerEnv, env } from './src/env.ts'
import { requestGuard } from './src/http/guard.ts'
import { requestLimits } from './src/http/limits.ts'

const dev = process.argv.includes('--dev')
const dir = path.dirname(fileURLToPath(import.meta.url))

// Refuse a configuration a production CMS must not run with before anything listens: Next.js
// reads Payload's config only at the first request, so without this a bad secret would surface
// as a 500 to a visitor instead of a failed start.
try {
  for (const warning of checkServerEnv()) console.warn(`\n*** WARNING: ${warning}\n`)
} catch (error) {
  console.error(`Arkivi CMS: refusing to start. ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
if (!dev && !existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
  console.error('Arkivi CMS: no production build in cms/.next. Build it first: npm run cms:build')
  process.exit(1)
}
// Every interface unless CMS_HOST names one (e.g. 127.0.0.1 behind a reverse proxy on this host).
const { CMS_PORT: port, CMS_HOST: hostname } = env()
const limits = requestLimits()
const guard = requestGuard(limits)

const app = next({ dev, dir, hostname: hostname ?? 'localhost', port })
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
// Next.js's own handler would log a failed listen (a port in use) and let the process end with
// status 0, which a supervisor or systemd's Restart=on-failure takes for a clean stop.
server.on('error', (error) => {
  console.error(`Arkivi CMS: cannot listen on ${hostname ?? '*'}:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, hostname, () => console.log(`Arkivi CMS on http://${hostname ?? 'localhost'}:${port}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)))
}
