import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, throwawayCmsEnv } from '../../lib/cms.ts'
import { ROOT } from '../../lib/paths.ts'
import { freePort } from '../../lib/ports.ts'
import { stop } from '../../lib/processes.ts'
import { cli } from '../cli.ts'
import { integrityCheck, tableCounts } from './sqlite.ts'

/**
 * Fault: `npm run import` is SIGKILLed (the OOM killer, a power cut) while its one transaction
 * is open. SQLite must roll the unfinished transaction back when the database is next opened.
 */
const ROWS = 450
const KILL_AFTER = 150

let dir: string
let db: string
let target: Record<string, string>
let csv: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arkivi-fault-import-'))
  db = path.join(dir, 'arkivi.db')
  target = { DATABASE_URL: `file:${db}`, MEDIA_DIR: path.join(dir, 'media') }
  cli('seed/index.ts', [], target)
  csv = path.join(dir, 'many.csv')
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const n = String(i + 1).padStart(4, '0')
    return `ARK-KILL-${n},Artikull ${n},Stavka ${n},Item ${n},"Paragrafi i parë.\n\nParagrafi i dytë.",2013-07,Text,InC,public,published`
  })
  writeFileSync(csv, ['identifier,title_sq,title_sr,title_en,description_sq,date,type,rights,visibility,status', ...rows].join('\n'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the import CLI and SIGKILLs its whole process group once `after` rows are written. */
function importKilledAfter(after: number): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const child = spawn('npx', ['tsx', path.join(ROOT, 'scripts/import/index.ts'), csv], {
    cwd: ROOT,
    env: { ...process.env, ...target },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  createInterface({ input: child.stdout }).on('line', (line) => {
    output += `${line}\n`
    if (line.startsWith(`import ${after}/${ROWS} `)) process.kill(-child.pid!, 'SIGKILL')
  })
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, output })))
}

describe('an import killed in the middle of its transaction', () => {
  it('leaves none of its rows, an intact database, and a rerun that writes every row; a CMS then serves them', async () => {
    const before = tableCounts(db)
    const killed = await importKilledAfter(KILL_AFTER)
    expect(killed.signal, killed.output).toBe('SIGKILL')
    expect(killed.output).toContain(`import ${KILL_AFTER}/${ROWS} ARK-KILL-${String(KILL_AFTER).padStart(4, '0')}`)
    expect(killed.output).not.toMatch(/^import: /m)

    expect(integrityCheck(db)).toEqual(['ok'])
    // Every table (items, their locales, versions, relations) holds exactly what it held before.
    expect(tableCounts(db)).toEqual(before)

    expect(cli('import/index.ts', [csv], target)).toMatch(new RegExp(`^import: ${ROWS} created, 0 updated`, 'm'))
    expect(integrityCheck(db)).toEqual(['ok'])
    expect(tableCounts(db).archive_items).toBe(before.archive_items + ROWS)

    const port = await freePort()
    const cms = await startCms(port, throwawayCmsEnv(dir))
    try {
      const response = await fetch(`http://localhost:${port}/api/archive-items?where[identifier][like]=ARK-KILL&limit=1`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(ROWS)
    } finally {
      stop(cms)
    }
  }, 600_000)
})
