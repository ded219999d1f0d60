import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PUBLIC_COLLECTION_SCHEMAS, type PublicCollection } from '@arkivi/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchCollection } from '../../site/src/cms/api.ts'
import { ROOT } from '../lib/paths.ts'
import { demoPassword } from '../seed/users.ts'
import { startSeededCms, type TestCms } from '../lib/testCms.ts'

const SAMPLE = path.join(ROOT, 'scripts/import/samples/archive-items.valid.csv')

let cms: TestCms
let rebuilds: Server
let rebuildRequests = 0
let dir: string

/** A CLI of the project as its own process on the CMS's database; resolves with its exit and output. */
function cliProcess(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...cms.env, INIT_CWD: ROOT, PAYLOAD_JOBS_AUTORUN: 'false' },
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'arkivi-concurrency-'))
  rebuilds = createServer((request, response) => {
    rebuildRequests += 1
    request.resume()
    response.writeHead(202).end()
  })
  await new Promise<void>((resolve) => rebuilds.listen(0, '127.0.0.1', resolve))
  const address = rebuilds.address() as { port: number }
  // The job runner on, as in production: rebuild jobs and scheduled publishing run beside the rest.
  cms = await startSeededCms('concurrency', {
    PAYLOAD_JOBS_AUTORUN: 'true',
    REBUILD_RUNNER_URL: `http://127.0.0.1:${address.port}/rebuild`,
    REBUILD_DEBOUNCE_MS: '300',
  })
}, 600_000)

afterAll(() => {
  cms?.stop()
  rebuilds?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

type Outcome = { what: string; status: number; body: string }

describe('the embedded database under concurrent work', () => {
  it('editors saving at once, the job runner, a site build, a backup and an import: no failure, a consistent result', async () => {
    const outcomes: Outcome[] = []
    const call = async (what: string, url: string, init: RequestInit = {}) => {
      const response = await fetch(`${cms.url}${url}`, init)
      const body = await response.text()
      outcomes.push({ what, status: response.status, body })
      return { status: response.status, body }
    }
    const login = async (email: string, client: string) => {
      const { body } = await call(`login ${email}`, '/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ email, password: demoPassword() }),
      })
      return { authorization: `JWT ${(JSON.parse(body) as { token: string }).token}`, 'x-forwarded-for': client }
    }
    const editors = [await login('editor@arkivi.test', '10.9.0.1'), await login('admin@arkivi.test', '10.9.0.2'), await login('contributor@arkivi.test', '10.9.0.3')]
    const { body: listBody } = await call('list', '/api/archive-items?depth=0&limit=100&draft=true&sort=id', { headers: editors[0] })
    const items = (JSON.parse(listBody) as { docs: { id: number; _status: string }[] }).docs
    const published = items.filter((item) => item._status === 'published')
    const drafts = items.filter((item) => item._status !== 'published')

    /** Each editor saves drafts of their own item; the editor and the admin also publish. */
    const saving = editors.map(async (auth, index) => {
      const item = index === 2 ? drafts[0] : published[index]
      for (let round = 0; round < 15; round += 1) {
        const publish = index < 2 && round % 5 === 4
        await call(`save ${index}.${round}`, `/api/archive-items/${item.id}?locale=sq${publish ? '' : '&draft=true'}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ title: `Concurrent ${index} round ${round}`, ...(publish ? { _status: 'published' } : {}) }),
        })
      }
      return item.id
    })
    /** The site build's loaders, reading every public collection, validated, again and again. */
    const building = (async () => {
      let reads = 0
      for (let pass = 0; pass < 4; pass += 1) {
        for (const collection of Object.keys(PUBLIC_COLLECTION_SCHEMAS) as PublicCollection[]) {
          reads += (await fetchCollection(cms.url, collection)).length
        }
      }
      return reads
    })()
    const backup = cliProcess('backup/index.ts', ['backup', '--out', path.join(dir, 'backup.tar.gz')])
    const imported = cliProcess('import/index.ts', [SAMPLE])

    const [savedIds, reads, backupRun, importRun] = await Promise.all([Promise.all(saving), building, backup, imported])
    expect(importRun.code, importRun.output).toBe(0)
    expect(backupRun.code, backupRun.output).toBe(0)
    expect(reads).toBeGreaterThan(0)
    const failures = outcomes.filter((outcome) => outcome.status >= 500 || /database is locked|SQLITE_BUSY/i.test(outcome.body))
    expect(failures).toEqual([])
    expect(outcomes.filter((outcome) => outcome.what.startsWith('save')).every((outcome) => outcome.status === 200)).toBe(true)

    // Consistent: each editor's last save is what the CMS holds, and the import wrote all its rows.
    for (const [index, id] of savedIds.entries()) {
      const { body } = await call('check', `/api/archive-items/${id}?depth=0&draft=true&locale=sq`, { headers: editors[0] })
      expect((JSON.parse(body) as { title: string }).title).toBe(`Concurrent ${index} round 14`)
    }
    const { body: importedBody } = await call('check', '/api/archive-items?where[identifier][like]=ARK-IMPORT&depth=0&draft=true&limit=100', { headers: editors[0] })
    expect((JSON.parse(importedBody) as { totalDocs: number }).totalDocs).toBe(3)
    // The job runner ran the rebuild jobs the publishes queued.
    const deadline = Date.now() + 30_000
    while (rebuildRequests === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500))
    expect(rebuildRequests).toBeGreaterThan(0)
  }, 600_000)
})
