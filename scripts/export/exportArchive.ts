import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ARCHIVE_ITEM_COLUMNS, neutraliseFormula } from '@arkivi/content-schemas'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { mediaDirectory } from '@arkivi/cms/media'
import { looseApi, type Doc } from '../lib/looseApi.ts'
import { toRecord, type ExportFormat } from './records.ts'

/**
 * Writes every archive item (drafts and restricted ones included: exports are staff files) to
 * `<outDir>/archive-items.<format>` with the files they use under `<outDir>/files/`, in the
 * format `npm run import` reads back.
 */
export async function exportArchive(payload: Payload, format: ExportFormat, outDir: string): Promise<{ file: string; items: number; files: number }> {
  const api = looseApi(payload)
  const all = async (collection: string) =>
    (await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, sort: 'createdAt' })).docs
  const items = await all('archive-items')
  const byId = (docs: Doc[], key: (doc: Doc) => unknown) => new Map(docs.map((doc) => [String(doc.id), String(key(doc))]))
  const media = await all('media')
  const lookups = {
    subjectSlug: byId(await all('subjects'), (doc) => doc.slug),
    municipalitySlug: byId(await all('municipalities'), (doc) => doc.slug),
    mediaFilename: byId(media, (doc) => doc.filename),
    identifier: byId(items, (doc) => doc.identifier),
  }
  mkdirSync(path.join(outDir, 'files'), { recursive: true })
  const used = new Set(items.flatMap((item) => (Array.isArray(item.files) ? item.files.map(String) : [])))
  for (const id of used) {
    const filename = lookups.mediaFilename.get(id)
    if (filename) copyFileSync(path.join(mediaDirectory(), filename), path.join(outDir, 'files', filename))
  }
  const records = items.map((item) => toRecord(item, format, lookups))
  const file = path.join(outDir, `archive-items.${format}`)
  writeFileSync(file, format === 'csv' ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`)
  return { file, items: records.length, files: used.size }
}

/**
 * CSV a spreadsheet opens as text: cells that could run as formulas get the `'` prefix the
 * importer removes, and every cell is quoted, so a spreadsheet that splits on `;` (the list
 * separator, and Excel's field separator where the decimal mark is a comma, as in sq and sr) cannot start a new cell mid-value.
 */
function toCsv(records: object[]): string {
  return stringify(records, { header: true, columns: [...ARCHIVE_ITEM_COLUMNS], quoted: true, cast: { string: neutraliseFormula } })
}
