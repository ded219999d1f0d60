import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { TestProject } from 'vitest/node'
import { buildCms, startCms, throwawayCmsEnv } from '../scripts/lib/cms.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { buildPreview, previewUrl, startPreview } from '../scripts/lib/preview.ts'
import { stop } from '../scripts/lib/processes.ts'
import { startSiteServer, type SiteServer } from '../scripts/lib/siteServer.ts'
import { buildReporter } from '../scripts/lib/buildReport.ts'
import { seedTestCms, TEST_BUILD_REPORT_SECRET } from '../scripts/lib/testCms.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eCmsUrl: string
    e2eSiteUrl: string
    e2eNeutralUrl: string
    e2eMediaDir: string
    e2eMailDir: string
  }
}

let cms: ChildProcess | undefined
let preview: ChildProcess | undefined
let site: SiteServer | undefined
let neutral: Server | undefined
let dir: string | undefined

/**
 * The product as `npm start` runs it, on a throwaway database: the CMS (production build) with its
 * job runner on, the site served by the local rebuild runner, and a neutral page on loopback as
 * the quick exit's destination (the real default is an outside site, which this machine cannot
 * reach).
 */
export async function setup(project: TestProject) {
  dir = mkdtempSync(path.join(tmpdir(), 'arkivi-e2e-'))
  const [cmsPort, sitePort, rebuildPort, neutralPort, previewPort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()]
  neutral = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Weather</title><h1>Weather</h1>'))
  await new Promise<void>((resolve) => neutral!.listen(neutralPort, '127.0.0.1', resolve))
  const env = throwawayCmsEnv(dir, {
    MAIL_DIR: path.join(dir, 'mail'),
    CMS_URL: `http://localhost:${cmsPort}`,
    SITE_URL: `http://localhost:${sitePort}`,
    REBUILD_RUNNER_URL: `http://127.0.0.1:${rebuildPort}/rebuild`,
    REBUILD_DEBOUNCE_MS: '1000',
    // Unlike other throwaway CMSs, this one publishes on schedule and rebuilds as `npm start` does.
    PAYLOAD_JOBS_AUTORUN: 'true',
    QUICK_EXIT_URL: `http://127.0.0.1:${neutralPort}/weather`,
    ASTRO_TELEMETRY_DISABLED: '1',
    PREVIEW_URL: previewUrl(previewPort),
    BUILD_REPORT_SECRET: TEST_BUILD_REPORT_SECRET,
  })
  await seedTestCms(env)
  await buildCms(env)
  await buildPreview(env)
  ;[cms, preview] = await Promise.all([startCms(cmsPort, env), startPreview(previewPort, env)])
  // The runner reports its builds to the CMS as `npm start`'s does (e2e/import.e2e.test.ts reads them).
  const report = buildReporter({ cmsUrl: env.CMS_URL!, secret: TEST_BUILD_REPORT_SECRET })
  site = await startSiteServer({ port: sitePort, rebuildPort, env, dir: path.join(dir, 'site'), report })
  project.provide('e2eCmsUrl', env.CMS_URL!)
  project.provide('e2eSiteUrl', site.url)
  project.provide('e2eNeutralUrl', env.QUICK_EXIT_URL!)
  project.provide('e2eMediaDir', env.MEDIA_DIR!)
  project.provide('e2eMailDir', env.MAIL_DIR!)
}

export async function teardown() {
  if (cms) stop(cms)
  if (preview) stop(preview)
  site?.close()
  neutral?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
}
