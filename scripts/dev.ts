/**
 * `npm run dev`: the CMS in Next.js development mode and the site in Astro's dev server, both
 * with live reload of code changes. The site's content loaders read the CMS when the dev server
 * starts; restart it (or press `s` + Enter in Astro's terminal to sync) to see new content.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { localPayloadSecret } from './lib/cms.ts'
import { CMS_DIR, ROOT, SITE_DIR } from './lib/paths.ts'
import { buildPreview, previewUrl, startPreview } from './lib/preview.ts'
import { run, start, stop, waitForUrl } from './lib/processes.ts'
import { env as scriptsEnv } from './lib/env.ts'

const { CMS_PORT: cmsPort, SITE_PORT: sitePort, PREVIEW_PORT: previewPort, CMS_URL: cmsUrl } = scriptsEnv()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: localPayloadSecret(),
  CMS_URL: cmsUrl,
  PREVIEW_URL: previewUrl(previewPort),
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
const children: ChildProcess[] = []
const shutdown = () => {
  children.forEach((child) => stop(child))
  process.exit()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

try {
  await run('npx', ['tsx', path.join(ROOT, 'scripts/seed/index.ts'), '--if-empty'], { cwd: ROOT, env })
  // The draft preview is a build of the site's pages: rebuilt here when they changed, not live-reloaded.
  await buildPreview(env)
  children.push(await startPreview(previewPort, env))
  const cms = start('cms', 'npm', ['run', 'dev'], { cwd: CMS_DIR, env: { ...env, CMS_PORT: String(cmsPort) } })
  children.push(cms)
  await waitForUrl(`${cmsUrl}/api/municipalities?limit=1`, 180_000, cms)
  children.push(start('site', 'npx', ['astro', 'dev', '--port', String(sitePort)], { cwd: SITE_DIR, env }))
  console.log(`\nDevelopment: site http://localhost:${sitePort}/  ·  CMS ${cmsUrl}/admin\n`)
} catch (error) {
  console.error(`arkivi dev: ${error instanceof Error ? error.message : error}`)
  children.forEach((child) => stop(child))
  process.exit(1)
}
