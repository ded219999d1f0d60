import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ARCHIVE_ITEM_COLUMNS, ARCHIVE_ITEM_REFERENCES, archiveItemRecord, neutraliseFormula, type ExchangeFormat } from '@arkivi/content-schemas'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { mediaDirectory } from '@arkivi/cms/media'
import { looseApi, type Doc } from '../lib/looseApi.ts'

/**
 * Writes every archive item (drafts and restricted ones included: exports are staff files) to
 * `<outDir>/archive-items.<format>` with the files they use under `<outDir>/files/`, in the
 * format `npm run import` reads back.
 */
export async function exportArchive(payload: Payload, format: ExchangeFormat, outDir: string): Promise<{ file: string; items: number; files: number }> {
  const api = looseApi(payload)
  const all = async (collection: string) =>
    (await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, sort: 'createdAt' })).docs
  // Every collection a column refers to, by the natural key the record names its documents by.
  const items = await all('archive-items')
  const docs = new Map<string, Doc[]>([['archive-items', items]])
  const keys = new Map<string, string>()
  for (const { to, key } of ARCHIVE_ITEM_REFERENCES) {
    const list = docs.get(to) ?? (await all(to))
    docs.set(to, list)
    for (const doc of list) keys.set(`${to}:${doc.id}`, String(doc[key]))
  }
  const keyOf = (collection: string, id: string) => keys.get(`${collection}:${id}`)
  mkdirSync(path.join(outDir, 'files'), { recursive: true })
  const used = new Set(items.flatMap((item) => (Array.isArray(item.files) ? item.files.map(String) : [])))
  for (const id of used) {
    const filename = keyOf('media', id)
    if (filename) copyFileSync(path.join(mediaDirectory(), filename), path.join(outDir, 'files', filename))
  }
  const records = items.map((item) => archiveItemRecord(item, format, keyOf))
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
