import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import { importEndpoint } from '../../src/exchange/endpoint.ts'
import { folderSource, parseRecords, planImport, problemReason } from '../../src/exchange/index.ts'
import { createStaff, startPayload, type TestPayload } from './setup.ts'

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scripts/import/samples')
const ERRORS_CSV = readFileSync(path.join(SAMPLES, 'archive-items.errors.csv'), 'utf8')
const PNG = readFileSync(path.join(SAMPLES, 'files/import-sample-photo.png'))

let t: TestPayload
let payload: Payload
let staff: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  t = await startPayload('admin-import')
  payload = t.payload
  staff = await createStaff(payload)
})
afterAll(async () => t?.cleanup())

type Answer = {
  rows: number
  problems: { row: unknown; column: string; value: string; code: string; params: Record<string, string>; text: { row: string; reason: string } }[]
  result?: { created: number }
}

/** Calls the endpoint's handler as Payload's REST layer does: the Web Request with the user and admin language on it. */
async function callImport(
  user: unknown,
  files: { records: [string, string]; zip?: Buffer; confirm?: boolean },
  language = 'sq',
): Promise<{ status: number; body: Answer }> {
  const form = new FormData()
  form.set('records', new File([files.records[1]], files.records[0]))
  if (files.zip) form.set('files', new File([new Uint8Array(files.zip)], 'files.zip'))
  form.set('confirm', String(files.confirm ?? false))
  const request = new Request('http://cms.test/api/import/archive-items', { method: 'POST', body: form })
  const req = Object.assign(request, { payload, user: user ? { ...(user as object), collection: 'users' } : null, i18n: { language } })
  const response = await importEndpoint.handler(req as never)
  return { status: response.status, body: (await response.json()) as Answer }
}

function zipOf(entries: [string, Buffer][]): Promise<Buffer> {
  const zip = new ZipFile()
  for (const [name, data] of entries) zip.addBuffer(data, name)
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}

const csv = (rows: string[]) => ['identifier,title_sq,date,type,rights,files,status,visibility', ...rows].join('\n')
const count = async (prefix: string) => (await payload.count({ collection: 'archive-items', where: { identifier: { like: prefix } }, overrideAccess: true })).totalDocs

describe('admin import: the same code as npm run import', () => {
  it('lists the same problems (row, column, value, reason) as the command line for the same bad file, worded in Albanian', async () => {
    const zip = await zipOf([['files/not-an-image.png', readFileSync(path.join(SAMPLES, 'files/not-an-image.png'))]])
    const cli = await planImport(payload, parseRecords(ERRORS_CSV, 'csv'), folderSource(SAMPLES))
    const { status, body } = await callImport(staff.editor, { records: ['archive-items.errors.csv', ERRORS_CSV], zip })
    expect(status).toBe(422)
    const located = (p: { row: unknown; column: string; value: string; code: string }) => JSON.stringify([p.row, p.column, p.value, p.code])
    expect(body.problems.map(located)).toEqual(cli.problems.map(located))
    // The reason is the same message, in English for the CLI and in the editor's language here;
    // only "file not found" names where it looked (a folder, the zip).
    for (const [index, problem] of cli.problems.entries()) {
      if (problem.code !== 'fileNotFound') expect(body.problems[index].text.reason).toBe(problemReason(problem, 'sq'))
    }
    const texts = body.problems.map((p) => `${p.text.row} | ${p.column} | ${p.value} | ${p.text.reason}`)
    expect(texts).toContain('rreshti 3 | title_sq |  | vlera është e detyrueshme')
    expect(texts).toContain('rreshti 3 | date | 2013-02-30 | nuk është datë e vlefshme kalendarike')
    expect(texts).toContain('rreshti 4 | identifier | ARK-BAD-0002 | i njëjti identifikues si në rreshti 3')
    expect(texts).toContain('titulli i kolonave | colour | colour | kolonë e panjohur')
    expect(texts.find((text) => text.startsWith('rreshti 3 | visibility'))).toBe('rreshti 3 | visibility | secret | duhet të jetë një nga: public, restricted')
  })

  it('writes nothing when one row of three has a problem, even when asked to confirm', async () => {
    const records = csv(['ARK-AON-1,Një,2013,Text,InC,,draft,restricted', 'ARK-AON-2,,2013,Text,InC,,draft,restricted', 'ARK-AON-3,Tre,2013,Text,InC,,draft,restricted'])
    const { status, body } = await callImport(staff.editor, { records: ['items.csv', records], confirm: true })
    expect(status).toBe(422)
    expect(body.problems.map((p) => `${p.text.row} ${p.column}`)).toEqual(['rreshti 3 title_sq'])
    expect(body.result).toBeUndefined()
    expect(await count('ARK-AON')).toBe(0)
  })

  it('rolls back every row when a row fails while being written (a PNG that cannot be decoded), and keeps no file', async () => {
    const broken = PNG.subarray(0, 64)
    const zip = await zipOf([
      ['files/good.png', PNG],
      ['files/broken.png', broken],
    ])
    const records = csv(['ARK-RB-1,Një,2013,Image,InC,files/good.png,draft,restricted', 'ARK-RB-2,Dy,2013,Image,InC,files/broken.png,draft,restricted'])
    const dry = await callImport(staff.editor, { records: ['items.csv', records], zip })
    expect(dry.body.problems).toEqual([])
    const { status } = await callImport(staff.editor, { records: ['items.csv', records], zip, confirm: true })
    expect(status).toBe(500)
    expect(await count('ARK-RB')).toBe(0)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('imports a clean file with its zip in one go: drafts stay drafts, as with the command line', async () => {
    const zip = await zipOf([['files/photo.png', PNG]])
    const records = csv(['ARK-OK-1,Një,2013,Image,InC,files/photo.png,draft,public', 'ARK-OK-2,Dy,2014-05,Text,InC,,draft,restricted'])
    const { status, body } = await callImport(staff.editor, { records: ['items.csv', records], zip, confirm: true })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.result).toMatchObject({ created: 2, updated: 0, files: 1 })
    const { docs } = await payload.find({ collection: 'archive-items', where: { identifier: { like: 'ARK-OK' } }, draft: true, overrideAccess: true, sort: 'identifier' })
    expect(docs.map((doc) => [doc.identifier, doc._status])).toEqual([
      ['ARK-OK-1', 'draft'],
      ['ARK-OK-2', 'draft'],
    ])
    expect((await payload.find({ collection: 'archive-items', where: { identifier: { like: 'ARK-OK' } }, overrideAccess: false })).docs).toEqual([])
  })
})

describe('admin import: hostile zips', () => {
  const records = csv(['ARK-ZIP-1,Një,2013,Image,InC,files/photo.png,draft,restricted'])

  it('refuses a zip with a path that climbs out of its folder (zip-slip)', async () => {
    // yazl will not write such a name, so one of the same length is patched in.
    const zip = await zipOf([['xx/evil.png', PNG]])
    const slip = Buffer.from(zip.toString('latin1').replaceAll('xx/evil.png', '../evil.png'), 'latin1')
    const { status, body } = await callImport(staff.editor, { records: ['items.csv', records], zip: slip, confirm: true })
    expect(status).toBe(422)
    expect(body.problems.map((p) => [p.code, p.value, p.text.reason])).toEqual([
      ['zipUnsafePath', '../evil.png', 'shteg i pasigurt në zip (absolut ose me ..): zip-i refuzohet'],
    ])
    expect(await count('ARK-ZIP')).toBe(0)
  })

  it('refuses a zip that inflates past the bound (zip bomb), by its declared size and by the bytes it really inflates to', async () => {
    const bomb = await zipOf([['files/photo.png', Buffer.alloc(30 * 1024 * 1024)]])
    expect(bomb.length).toBeLessThan(100 * 1024)
    const declared = await callImport(staff.editor, { records: ['items.csv', records], zip: bomb }, 'en')
    expect(declared.body.problems.map((p) => [p.code, p.text.reason])).toEqual([['zipTooLarge', 'the zip unpacks to more than 100 MB: the zip is refused']])

    // The same bomb lying about its size: the central directory says 1 kB.
    const lying = Buffer.from(bomb)
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    lying.writeUInt32LE(1024, central + 24)
    const { body } = await callImport(staff.editor, { records: ['items.csv', records], zip: lying }, 'en')
    expect(body.problems.map((p) => p.code)).toEqual(['zipTooLarge'])
    expect(await count('ARK-ZIP')).toBe(0)
  })

  it('refuses a zip with more entries than an import can name', async () => {
    const many = await zipOf(Array.from({ length: 1001 }, (_, i): [string, Buffer] => [`files/${i}.txt`, Buffer.from('x')]))
    const { body } = await callImport(staff.editor, { records: ['items.csv', records], zip: many }, 'rs-latin')
    expect(body.problems.map((p) => p.text.reason)).toEqual(['zip sadrži više od 1000 stavki: zip je odbijen'])
  })
})

describe('admin import: who may import', () => {
  const records = csv(['ARK-WHO-1,Një,2013,Text,InC,,draft,public'])
  it('refuses an anonymous visitor (401) and a contributor (403), and writes nothing', async () => {
    expect((await callImport(null, { records: ['items.csv', records], confirm: true })).status).toBe(401)
    expect((await callImport(staff.contributor, { records: ['items.csv', records], confirm: true })).status).toBe(403)
    expect(await count('ARK-WHO')).toBe(0)
  })
  it('lets an admin import', async () => {
    expect((await callImport(staff.admin, { records: ['items.csv', records], confirm: true })).status).toBe(200)
    expect(await count('ARK-WHO')).toBe(1)
  })
})
