import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPayload, type TestPayload } from '@arkivi/cms/test-setup'
import { exportCollections } from '../exchange/exportAll.ts'
import { importCollections } from '../exchange/importAll.ts'
import { EXCHANGE_ORDER } from '../exchange/keys.ts'
import { seed } from '../seed/seed.ts'
import { cli } from './cli.ts'

let t: TestPayload
let payload: Payload
let work: string

beforeAll(async () => {
  t = await startPayload('exchange')
  payload = t.payload
  await seed(payload, () => {})
  work = mkdtempSync(path.join(tmpdir(), 'arkivi-exchange-'))
})
afterAll(async () => {
  await t?.cleanup()
  rmSync(work, { recursive: true, force: true })
})

const read = (dir: string, collection: string) => JSON.parse(readFileSync(path.join(dir, `${collection}.json`), 'utf8')) as Record<string, unknown>[]

describe('export and import of every collection', () => {
  it('an empty database given the export of every collection exports the same content and files', async () => {
    const first = path.join(work, 'first')
    const written = await exportCollections(payload, first)
    expect(written).toMatchObject({ subjects: 13, municipalities: 14, organizations: 6, programs: 4, partners: 4, 'archive-items': 6, media: 8 })
    const program = read(first, 'programs').find((record) => record.slug === 'un-joint-covid-19-project')!
    expect((program.activities as unknown[]).length).toBe(13)
    expect(program.funders).toEqual(['mptf'])

    // A database with nothing in it: created and migrated by the CLI, never seeded.
    const target = { DATABASE_URL: `file:${path.join(work, 'target.db')}`, MEDIA_DIR: path.join(work, 'target-media') }
    expect(cli('import/index.ts', [first, '--dry-run'], target)).toMatch(/dry run: valid; would write subjects 13 created/)
    expect(cli('import/index.ts', [first], target)).toMatch(/archive-items 6 created, 0 updated/)
    expect(cli('import/index.ts', [first], target)).toMatch(/archive-items 0 created, 6 updated/)
    const again = path.join(work, 'again')
    cli('export/index.ts', ['--all', '--out', again], target)
    for (const collection of EXCHANGE_ORDER) expect(read(again, collection), collection).toEqual(read(first, collection))
    expect(readdirSync(path.join(again, 'files')).sort()).toEqual(readdirSync(path.join(first, 'files')).sort())
  })

  it('a record that breaks a rule stops the whole import, naming file, record and field', async () => {
    const broken = path.join(work, 'broken')
    await exportCollections(payload, broken)
    const programs = read(broken, 'programs')
    programs[1].funders = ['no-such-fund']
    writeFileSync(path.join(broken, 'programs.json'), JSON.stringify(programs))
    const before = (await payload.count({ collection: 'subjects' })).totalDocs
    await payload.delete({ collection: 'subjects', where: { slug: { equals: 'covid-19' } } })
    await expect(importCollections(payload, broken)).rejects.toThrow(/programs\.json record 2\.funders: no organizations "no-such-fund"/)
    // The subject deleted above was not brought back: the failed import wrote nothing.
    expect((await payload.count({ collection: 'subjects' })).totalDocs).toBe(before - 1)
  })
})
