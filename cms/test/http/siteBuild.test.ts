import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReporter } from '../../../scripts/lib/buildReport.ts'
import { freePort } from '../../../scripts/lib/ports.ts'
import { startSiteServer, type SiteServer } from '../../../scripts/lib/siteServer.ts'
import { TEST_BUILD_REPORT_SECRET } from '../../../scripts/lib/testCms.ts'
import { cmsUrl, getJson, login, newClient } from './lib/client.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-site-build-'))
let site: SiteServer | undefined
afterAll(() => {
  site?.close()
  rmSync(dir, { recursive: true, force: true })
})

type BuildState = { status: string; reason?: string; startedAt?: string; finishedAt?: string; lastSuccessAt?: string; durationMs?: number | null; error?: string | null }
const buildState = async () => (await getJson('/api/globals/site-build', await login('editor'))).body as BuildState

async function until(check: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 100 && !(await check()); attempt++) await new Promise((resolve) => setTimeout(resolve, 100))
}

describe("the local runner reports every build to the CMS as Netlify's notifications do", () => {
  // The runner is real (scripts/lib/siteServer.ts) and reports to the real CMS; the site's own
  // build is stood in for by one the test holds open, makes fail, or lets write a page.
  let release: () => void = () => {}
  let failWith: string | null = null
  const build = async (outDir: string) => {
    await new Promise<void>((resolve) => (release = resolve))
    if (failWith) throw new Error(failWith)
    mkdirSync(outDir, { recursive: true })
    writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>Arkivi</title>')
    writeFileSync(path.join(outDir, '_headers'), '/*\n  Cache-Control: no-cache\n')
  }

  it('a build is reported as started, then as succeeded with its duration', async () => {
    const starting = startSiteServer({
      port: await freePort(),
      rebuildPort: await freePort(),
      env: { ...process.env },
      dir: path.join(dir, 'site'),
      build,
      report: buildReporter({ cmsUrl, secret: TEST_BUILD_REPORT_SECRET }),
    })
    await until(async () => (await buildState()).status === 'building')
    const started = await buildState()
    expect(started).toMatchObject({ status: 'building', error: null })
    expect(started.startedAt).toEqual(expect.any(String))
    release()
    site = await starting
    const done = await buildState()
    expect(done).toMatchObject({ status: 'succeeded', error: null })
    expect(done.durationMs).toEqual(expect.any(Number))
    expect(Date.parse(done.lastSuccessAt!)).toBeGreaterThanOrEqual(Date.parse(started.startedAt!))
  })

  it('a failing build is reported as failed, with its error, and the runner says it reported it', async () => {
    failWith = 'astro build: archive-items 7: title.sq is required'
    const answer = fetch(site!.rebuildUrl, { method: 'POST' })
    await until(async () => (await buildState()).status === 'building')
    release()
    const response = await answer
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ reported: true, error: failWith })
    expect(await buildState()).toMatchObject({ status: 'failed', error: failWith })
  })
})

describe('Rebuild now', () => {
  const rebuildNow = async (headers: Record<string, string>) => fetch(`${cmsUrl}/api/globals/site-build/rebuild`, { method: 'POST', headers })

  it('is refused to an anonymous visitor and to a contributor', async () => {
    expect((await rebuildNow(newClient())).status).toBe(401)
    expect((await rebuildNow(await login('contributor'))).status).toBe(403)
  })

  it('asks an editor’s rebuild once, and refuses a second click straight after', async () => {
    const editor = await login('editor')
    expect((await rebuildNow(editor)).status).toBe(202)
    expect(await buildState()).toMatchObject({ reason: expect.stringMatching(/^rebuild now \(editor@arkivi\.test\)/) })
    const again = await rebuildNow(editor)
    expect(again.status).toBe(429)
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
