import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { ROOT, SITE_DIR } from './paths.ts'
import { run } from './processes.ts'
import { builtSiteHandler, type RequestHandler } from './staticSite.ts'

export type SiteServer = { url: string; rebuildUrl: string; close: () => void }

type Waiter = { resolve: (ms: number) => void; reject: (error: Error) => void }

/**
 * Serves the built site and rebuilds it on request: the local stand-in for Netlify, headers
 * included (staticSite.ts). A rebuild builds into a separate folder and swaps it in only when the
 * whole build (pages and search index) succeeded, so visitors never see a half-built site.
 * Requests that arrive during a build are served by one more build after it.
 */
export async function startSiteServer({
  port,
  rebuildPort,
  env,
  dir = path.join(SITE_DIR, 'dist'),
}: {
  port: number
  rebuildPort: number
  env: NodeJS.ProcessEnv
  /** The served folder; builds go to `<dir>.next` first. */
  dir?: string
}): Promise<SiteServer> {
  const LIVE = dir
  const NEXT = `${dir}.next`
  const PREVIOUS = `${dir}.previous`
  mkdirSync(LIVE, { recursive: true })
  // Nothing is served until the first build is live: an older folder may lack its `_headers`.
  let serve: RequestHandler | null = null
  let building: Promise<void> | null = null
  let waiting: Waiter[] = []

  async function buildOnce(): Promise<void> {
    rmSync(NEXT, { recursive: true, force: true })
    try {
      await run('npm', ['run', 'build', '--workspace', '@arkivi/site'], { cwd: ROOT, env: { ...env, ARKIVI_OUT_DIR: NEXT } })
    } catch (error) {
      // A failed or killed build's half-written folder is never served; it would only take disk space.
      rmSync(NEXT, { recursive: true, force: true })
      throw error
    }
    rmSync(PREVIOUS, { recursive: true, force: true })
    if (existsSync(LIVE)) renameSync(LIVE, PREVIOUS)
    renameSync(NEXT, LIVE)
    rmSync(PREVIOUS, { recursive: true, force: true })
    serve = await builtSiteHandler(LIVE)
  }

  function drain(): void {
    if (building || waiting.length === 0) return
    const batch = waiting
    waiting = []
    const started = Date.now()
    building = buildOnce()
      .then(() => batch.forEach((waiter) => waiter.resolve(Date.now() - started)))
      .catch((error: Error) => batch.forEach((waiter) => waiter.reject(error)))
      .finally(() => {
        building = null
        drain()
      })
  }

  /** Resolves with the build's duration once a build that started after this call is live. */
  const rebuild = () =>
    new Promise<number>((resolve, reject) => {
      waiting.push({ resolve, reject })
      drain()
    })

  const site: Server = createServer((request, response) => {
    if (serve) serve(request, response)
    else response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' }).end('The site is being built.')
  })
  const runner: Server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/rebuild') {
      response.writeHead(404).end()
      return
    }
    request.resume()
    rebuild().then(
      (durationMs) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ durationMs })),
      (error: Error) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
    )
  })
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve))
  // Loopback only: the rebuild endpoint is for the local CMS, not for visitors.
  await new Promise<void>((resolve) => runner.listen(rebuildPort, '127.0.0.1', resolve))
  await rebuild()
  return {
    url: `http://localhost:${port}`,
    rebuildUrl: `http://127.0.0.1:${rebuildPort}/rebuild`,
    close: () => {
      site.close()
      runner.close()
    },
  }
}
