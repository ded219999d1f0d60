import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import type { BuildReporter } from './buildReport.ts'
import { ROOT, SITE_DIR } from './paths.ts'
import { run } from './processes.ts'
import { builtSiteHandler, type RequestHandler } from './staticSite.ts'

export type SiteServer = { url: string; rebuildUrl: string; close: () => void }

type Waiter = { resolve: (outcome: Outcome) => void; reject: (error: Error & Partial<Outcome>) => void }
type Outcome = { durationMs: number; reported: boolean }

/**
 * Serves the built site and rebuilds it on request: the local stand-in for Netlify, headers
 * included (staticSite.ts). A rebuild builds into a separate folder and swaps it in only when the
 * whole build (pages and search index) succeeded, so visitors never see a half-built site.
 * Requests that arrive during a build are served by one more build after it. With `report`, every
 * build (the first one too) is reported to the CMS as it starts and as it succeeds or fails, as
 * Netlify reports its deploys.
 */
export async function startSiteServer({
  port,
  rebuildPort,
  env,
  dir = path.join(SITE_DIR, 'dist'),
  report,
  build = (outDir) => run('npm', ['run', 'build', '--workspace', '@arkivi/site'], { cwd: ROOT, env: { ...env, ARKIVI_OUT_DIR: outDir } }),
}: {
  port: number
  rebuildPort: number
  env: NodeJS.ProcessEnv
  /** The served folder; builds go to `<dir>.next` first. */
  dir?: string
  /** Where each build's start and end are reported (the CMS's build report endpoint). */
  report?: BuildReporter
  /** Builds the site into a folder: the site's own build unless a test stands in for it. */
  build?: (outDir: string) => Promise<unknown>
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
      await build(NEXT)
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
    const started = new Date()
    building = (async () => {
      const reportedStart = (await report?.({ state: 'building', created_at: started.toISOString() })) ?? false
      try {
        await buildOnce()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        const reported = reportedStart && ((await report?.({ state: 'error', error_message: message.slice(-2000) })) ?? false)
        batch.forEach((waiter) => waiter.reject(Object.assign(new Error(message), { reported })))
        return
      }
      const finished = new Date()
      const durationMs = finished.getTime() - started.getTime()
      const reported = reportedStart && ((await report?.({ state: 'ready', published_at: finished.toISOString(), deploy_time: durationMs / 1000 })) ?? false)
      batch.forEach((waiter) => waiter.resolve({ durationMs, reported }))
    })().finally(() => {
      building = null
      drain()
    })
  }

  /** Resolves with the build's duration once a build that started after this call is live. */
  const rebuild = () =>
    new Promise<Outcome>((resolve, reject) => {
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
    // `reported`: the CMS was told of this build's start and end, so its rebuild job records nothing itself.
    rebuild().then(
      (outcome) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome)),
      (error: Error & Partial<Outcome>) =>
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message, reported: error.reported ?? false })),
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
