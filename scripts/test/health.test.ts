import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from '@arkivi/cms/migrations'
import { buildCms, startCms, throwawayCmsEnv } from '../lib/cms.ts'
import { freePort } from '../lib/ports.ts'
import { stop } from '../lib/processes.ts'
import type { ChildProcess } from 'node:child_process'

const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-health-'))
let cms: ChildProcess | undefined
afterAll(() => {
  if (cms) stop(cms)
  rmSync(dir, { recursive: true, force: true })
})

describe('GET /api/health on a database that falls behind', () => {
  it('answers 503 naming the migrations once a committed migration is no longer recorded as applied', { timeout: 900_000 }, async () => {
    const env = throwawayCmsEnv(dir)
    await buildCms(env)
    const port = await freePort()
    cms = await startCms(port, env)
    const health = () => fetch(`http://localhost:${port}/api/health`)
    expect((await health()).status).toBe(200)

    const db = new DatabaseSync(path.join(dir, 'arkivi.db'))
    db.prepare('delete from payload_migrations where name = ?').run(migrations.at(-1)!.name)
    db.close()

    const response = await health()
    expect(response.status).toBe(503)
    expect(await response.json()).toStrictEqual({ status: 'unavailable', database: 'ok', migrations: 'pending', jobs: 'off' })
  })
})
