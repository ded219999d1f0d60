/**
 * `npm start`: the whole product on one machine. The CMS on its embedded SQLite database
 * (created, migrated and seeded if empty), the site built from the CMS's public API and served.
 * Ctrl-C stops everything.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { buildCms, localPayloadSecret, startCms } from './lib/cms.ts'
import { ROOT, SITE_DIR } from './lib/paths.ts'
import { run, start, stop, waitForUrl } from './lib/processes.ts'
import { DEMO_USERS, demoPassword } from './seed/users.ts'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${cmsPort}`
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: localPayloadSecret(),
  CMS_URL: cmsUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
const children: ChildProcess[] = []
const shutdown = () => {
  children.forEach(stop)
  process.exit()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

try {
  console.log('arkivi: [1/5] database: create, migrate and seed if empty')
  await run('npx', ['tsx', path.join(ROOT, 'scripts/seed/index.ts'), '--if-empty'], { cwd: ROOT, env })
  console.log('arkivi: [2/5] building the CMS (skipped when up to date)')
  await buildCms(env)
  console.log(`arkivi: [3/5] starting the CMS on ${cmsUrl}`)
  children.push(await startCms(cmsPort, env))
  console.log('arkivi: [4/5] building the site from the CMS')
  await run('npm', ['run', 'build', '--workspace', '@arkivi/site'], { cwd: ROOT, env })
  console.log(`arkivi: [5/5] serving the site on http://localhost:${sitePort}`)
  const site = start('site', 'npx', ['astro', 'preview', '--port', String(sitePort), '--host', '127.0.0.1'], { cwd: SITE_DIR, env })
  children.push(site)
  await waitForUrl(`http://localhost:${sitePort}/sq/`, 60_000, site)
  const editor = DEMO_USERS.find((user) => user.role === 'editor')!
  console.log(`
Arkivi is running.
  Site:  http://localhost:${sitePort}/  (Albanian /sq/, Serbian /sr/, English /en/)
  CMS:   ${cmsUrl}/admin   (REST ${cmsUrl}/api, GraphQL ${cmsUrl}/api/graphql)
  Demo editor login: ${editor.email} / ${demoPassword()}  (also admin@arkivi.test, contributor@arkivi.test)
Press Ctrl-C to stop.`)
} catch (error) {
  console.error(`arkivi: start failed: ${error instanceof Error ? error.message : error}`)
  children.forEach(stop)
  process.exit(1)
}
