import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../lib/ports.ts'
import { startSiteServer, type SiteServer } from '../../lib/siteServer.ts'
import { startSeededCms, type TestCms } from '../../lib/testCms.ts'

/**
 * Fault: the local rebuild runner's build (`astro build`, then the search indexer) is SIGKILLed
 * half-way, as the OOM killer would. The live folder must not change, not even by one file.
 */
let cms: TestCms
let site: SiteServer
let work: string
let live: string
let next: string

beforeAll(async () => {
  cms = await startSeededCms('fault-build')
  work = mkdtempSync(path.join(tmpdir(), 'arkivi-fault-build-'))
  live = path.join(work, 'site')
  next = `${live}.next`
  site = await startSiteServer({ port: await freePort(), rebuildPort: await freePort(), env: { ...cms.env, ASTRO_TELEMETRY_DISABLED: '1' }, dir: live })
}, 900_000)
afterAll(() => {
  site?.close()
  cms?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Every file of a folder with its SHA-256. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile()) files[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return files
}

/** The processes of the build writing `outDir`, found by the environment the runner gave them. */
function buildProcesses(outDir: string): { pid: number; argv: string[] }[] {
  const marker = `\0ARKIVI_OUT_DIR=${outDir}\0`
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        if (!`\0${readFileSync(`/proc/${pid}/environ`, 'utf8')}`.includes(marker)) return []
        return [{ pid: Number(pid), argv: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean) }]
      } catch {
        return [] // exited meanwhile
      }
    })
}

async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 600_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** SIGKILLs the build's node processes running `program` (not the shell or npm around them). */
function kill(program: RegExp): string[] {
  const victims = buildProcesses(next).filter(({ argv }) => path.basename(argv[0]) === 'node' && argv.some((arg) => program.test(arg)))
  expect(victims, `no ${program} process among ${JSON.stringify(buildProcesses(next))}`).not.toEqual([])
  for (const { pid } of victims) process.kill(pid, 'SIGKILL')
  return victims.map(({ argv }) => argv.join(' '))
}

const rebuild = () =>
  fetch(site.rebuildUrl, { method: 'POST' }).then(async (response) => ({ status: response.status, body: (await response.json()) as { error?: string } }))
const hasFile = (dir: string, pattern: RegExp) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((name) => pattern.test(String(name)))

const steps: [string, RegExp, () => boolean][] = [
  // Killed once it has written some pages but before it is done.
  ['astro build', /(^|\/)astro(\.m?js)?$/, () => hasFile(next, /\.html$/)],
  // Killed once the first language's search bundle is written, before the other two.
  ['the search indexer', /searchIndex\.ts$/, () => existsSync(path.join(next, 'pagefind/sq/pagefind-entry.json'))],
]

describe('a site build killed half-way', () => {
  it.each(steps)('%s: the build is reported failed and the live folder stays exactly as it was', async (_step, program, halfWay) => {
    const before = snapshot(live)
    const inode = statSync(live).ino
    expect(before['sq/index.html']).toBeDefined()
    const answer = rebuild()
    await until('the build to get half-way', halfWay)
    const killed = kill(program)
    const { status, body } = await answer
    expect(status, killed.join('\n')).toBe(500)
    // 137: the shell reports its child killed by signal 9.
    expect(body.error).toMatch(/npm run build --workspace @arkivi\/site failed \(exit 137\)/)
    expect(statSync(live).ino).toBe(inode)
    expect(snapshot(live)).toEqual(before)
    expect(existsSync(next)).toBe(false)
    expect((await fetch(`${site.url}/sq/`)).status).toBe(200)
  })

  it('the next rebuild succeeds and swaps in a complete site', async () => {
    const inode = statSync(live).ino
    expect((await rebuild()).status).toBe(200)
    expect(statSync(live).ino).not.toBe(inode)
    const files = snapshot(live)
    for (const bundle of ['sq', 'sr-latn', 'en']) expect(files[`pagefind/${bundle}/pagefind-entry.json`], bundle).toBeDefined()
    expect((await fetch(`${site.url}/en/`)).status).toBe(200)
  })
})
