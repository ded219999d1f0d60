import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { mediaDirectory } from '@arkivi/cms/media'
import { looseApi, type Doc, type Id } from '../lib/looseApi.ts'
import { describeFields } from './fields.ts'
import { EXCHANGE_ORDER, NATURAL_KEYS, type ExchangeCollection } from './keys.ts'
import { toRecord } from './transform.ts'

const MEDIA_FIELDS = new Set(['alt', 'caption', 'credit', 'focalX', 'focalY', 'filename'])

/**
 * Writes `<collection>.json` for each collection, in every locale with drafts included, where
 * references are natural keys (slugs, identifiers, file names) instead of database ids, and the
 * media files under `files/`. `npm run import -- <dir>` reads the folder back into any database.
 */
export async function exportCollections(payload: Payload, outDir: string, collections: ExchangeCollection[] = EXCHANGE_ORDER) {
  const api = looseApi(payload)
  const docs = new Map<string, Doc[]>()
  for (const collection of EXCHANGE_ORDER) {
    docs.set(
      collection,
      (await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, sort: 'createdAt' })).docs,
    )
  }
  const keys = new Map<string, string>()
  for (const [collection, list] of docs) {
    const keyField = NATURAL_KEYS[collection as ExchangeCollection]
    for (const doc of list) keys.set(`${collection}:${doc.id}`, String(doc[keyField]))
  }
  // A partner is known by its organization's key.
  for (const partner of docs.get('partners') ?? []) keys.set(`partners:${partner.id}`, keys.get(`organizations:${partner.organization}`) ?? String(partner.id))
  const keyOf = (collection: string, id: Id) => {
    const key = keys.get(`${collection}:${id}`)
    if (key === undefined) throw new Error(`export: ${collection} id=${id} is referenced but does not exist`)
    return key
  }

  mkdirSync(path.join(outDir, 'files'), { recursive: true })
  const written: Record<string, number> = {}
  for (const collection of collections) {
    const fields = describeFields(payload.collections[collection].config.fields).filter((field) => collection !== 'media' || MEDIA_FIELDS.has(field.name))
    const records = (docs.get(collection) ?? []).map((doc) => {
      const record = toRecord(doc, fields, keyOf)
      if (collection === 'media') {
        copyFileSync(path.join(mediaDirectory(), String(doc.filename)), path.join(outDir, 'files', String(doc.filename)))
        record.file = `files/${doc.filename}`
      }
      return record
    })
    writeFileSync(path.join(outDir, `${collection}.json`), `${JSON.stringify(records, null, 2)}\n`)
    written[collection] = records.length
  }
  return written
}
