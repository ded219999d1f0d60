/**
 * `npm start`: the whole product on one machine. The CMS on its embedded SQLite database
 * (created, migrated and seeded if empty), the site built from the CMS's public API and served,
 * and a local rebuild runner that the CMS calls when published content changes, standing in for
 * Netlify's build hook. Ctrl-C stops everything.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { buildCms, localPayloadSecret, startCms } from './lib/cms.ts'
import { ROOT } from './lib/paths.ts'
import { run, stop } from './lib/processes.ts'
import { startSiteServer, type SiteServer } from './lib/siteServer.ts'
import { DEMO_USERS, demoPassword } from './seed/users.ts'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const rebuildPort = Number(process.env.REBUILD_RUNNER_PORT ?? 4322)
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${cmsPort}`
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: localPayloadSecret(),
  CMS_URL: cmsUrl,
  // With a Netlify build hook configured, rebuilds go there; otherwise to the local runner.
  ...(process.env.BUILD_HOOK_URL ? {} : { REBUILD_RUNNER_URL: `http://127.0.0.1:${rebuildPort}/rebuild` }),
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
const children: ChildProcess[] = []
let siteServer: SiteServer | undefined
const shutdown = () => {
  children.forEach(stop)
  siteServer?.close()
  process.exit()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

try {
  console.log('arkivi: [1/4] database: create, migrate and seed if empty')
  await run('npx', ['tsx', path.join(ROOT, 'scripts/seed/index.ts'), '--if-empty'], { cwd: ROOT, env })
  console.log('arkivi: [2/4] building the CMS (skipped when up to date)')
  await buildCms(env)
  console.log(`arkivi: [3/4] starting the CMS on ${cmsUrl}`)
  children.push(await startCms(cmsPort, env))
  console.log(`arkivi: [4/4] building the site from the CMS and serving it on http://localhost:${sitePort}`)
  siteServer = await startSiteServer({ port: sitePort, rebuildPort, env })
  const editor = DEMO_USERS.find((user) => user.role === 'editor')!
  console.log(`
Arkivi is running.
  Site:  http://localhost:${sitePort}/  (Albanian /sq/, Serbian /sr/, English /en/)
  CMS:   ${cmsUrl}/admin   (REST ${cmsUrl}/api)
  Publishing in the CMS rebuilds the site (last build: admin → Globals → Site build).
  Demo editor login: ${editor.email} / ${demoPassword()}  (also admin@arkivi.test, contributor@arkivi.test)
Press Ctrl-C to stop.`)
} catch (error) {
  console.error(`arkivi: start failed: ${error instanceof Error ? error.message : error}`)
  children.forEach(stop)
  process.exit(1)
}
