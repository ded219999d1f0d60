/**
 * `npm start`: the whole product on one machine. The CMS on its embedded SQLite database
 * (created, migrated and seeded if empty), the site built from the CMS's public API and served,
 * and a local rebuild runner that the CMS calls when published content changes, standing in for
 * Netlify's build hook. The CMS is supervised (restarted if it crashes); Ctrl-C stops everything.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { buildReporter } from './lib/buildReport.ts'
import { buildCms, cmsReady, localPayloadSecret, spawnCms } from './lib/cms.ts'
import { ROOT } from './lib/paths.ts'
import { buildPreview, previewReady, previewUrl, spawnPreview } from './lib/preview.ts'
import { run } from './lib/processes.ts'
import { startSiteServer, type SiteServer } from './lib/siteServer.ts'
import { supervise, type Supervisor } from './lib/supervise.ts'
import { DEMO_USERS, demoPassword } from './seed/users.ts'
import { env as scriptsEnv } from './lib/env.ts'

const { CMS_PORT: cmsPort, SITE_PORT: sitePort, REBUILD_RUNNER_PORT: rebuildPort, PREVIEW_PORT: previewPort, CMS_URL: cmsUrl, BUILD_HOOK_URL } = scriptsEnv()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: localPayloadSecret(),
  CMS_URL: cmsUrl,
  // The CMS's /preview forwards drafts to the preview renderer on loopback.
  PREVIEW_URL: previewUrl(previewPort),
  // With a Netlify build hook configured, rebuilds go there; otherwise to the local runner.
  ...(BUILD_HOOK_URL ? {} : { REBUILD_RUNNER_URL: `http://127.0.0.1:${rebuildPort}/rebuild` }),
  // The local runner signs its build reports with this, as Netlify signs its deploy notifications;
  // one made up per start when none is configured (only this CMS and this runner need it).
  BUILD_REPORT_SECRET: process.env.BUILD_REPORT_SECRET || randomBytes(32).toString('hex'),
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
let cms: Supervisor | undefined
let preview: Supervisor | undefined
let siteServer: SiteServer | undefined
/** Stops the CMS (no restart) and the site server, then exits. */
const shutdown = async (code = 0) => {
  await cms?.stop()
  await preview?.stop()
  siteServer?.close()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())

try {
  console.log('arkivi: [1/4] database: create, migrate and seed if empty')
  await run('npx', ['tsx', path.join(ROOT, 'scripts/seed/index.ts'), '--if-empty'], { cwd: ROOT, env })
  console.log('arkivi: [2/4] building the CMS and the draft preview (each skipped when up to date)')
  await buildCms(env)
  await buildPreview(env)
  console.log(`arkivi: [3/4] starting the CMS on ${cmsUrl} and the draft preview behind it`)
  preview = supervise({ name: 'preview', spawn: () => spawnPreview(previewPort, env), ready: (child) => previewReady(previewPort, child) })
  preview.ended.catch(() => console.error('arkivi: the preview server keeps crashing; previews answer 503 until `npm start` is restarted.'))
  // Supervised: a CMS that crashes is restarted with backoff; too many crashes end `npm start`.
  cms = supervise({ name: 'cms', spawn: () => spawnCms(cmsPort, env), ready: (child) => cmsReady(cmsPort, child) })
  cms.ended.catch(() => {
    console.error('arkivi: the CMS keeps crashing; stopping. Its log above says why.')
    void shutdown(1)
  })
  await Promise.all([cms.ready, preview.ready])
  console.log(`arkivi: [4/4] building the site from the CMS and serving it on http://localhost:${sitePort}`)
  // Every build, this first one too, is reported to the CMS's Site build screen.
  siteServer = await startSiteServer({ port: sitePort, rebuildPort, env, report: buildReporter({ cmsUrl, secret: env.BUILD_REPORT_SECRET! }) })
  const editor = DEMO_USERS.find((user) => user.role === 'editor')!
  console.log(`
Arkivi is running.
  Site:  http://localhost:${sitePort}/  (Albanian /sq/, Serbian /sr/, English /en/)
  CMS:   ${cmsUrl}/admin   (REST ${cmsUrl}/api)
  Publishing in the CMS rebuilds the site (last build: admin → Globals → Site build).
  Drafts: Preview and Live Preview in each document's admin page (${cmsUrl}/preview/…).
  Demo editor login: ${editor.email} / ${demoPassword()}  (also admin@arkivi.test, contributor@arkivi.test)
Press Ctrl-C to stop.`)
} catch (error) {
  console.error(`arkivi: start failed: ${error instanceof Error ? error.message : error}`)
  await shutdown(1)
}
