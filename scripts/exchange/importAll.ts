import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, LOCALES } from '@arkivi/content-schemas'
import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import { mediaDirectory } from '@arkivi/cms/media'
import { looseApi, type Doc, type Id } from '../lib/looseApi.ts'
import { withTransaction } from '../lib/transaction.ts'
import { describeFields } from './fields.ts'
import { EXCHANGE_ORDER, NATURAL_KEYS, type ExchangeCollection } from './keys.ts'
import { toData } from './transform.ts'

type Json = Record<string, unknown>
export type ImportCounts = Record<string, { created: number; updated: number }>

/** A problem located in the import folder: file, record, field. */
export class ExchangeError extends Error {}

const MEDIA_FIELDS = new Set(['alt', 'caption', 'credit', 'focalX', 'focalY'])

function validationMessage(error: unknown): string {
  const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  if (errors?.length) return errors.map((e) => `${e.path}: ${e.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Reads an export folder (`<collection>.json` files and `files/`) into the CMS, all collections
 * in one transaction: every record or none. Documents are matched by natural key, so importing
 * into a database that has them updates instead of duplicating. A dry run does the same writes,
 * with every check Payload makes, and then rolls them back.
 */
export async function importCollections(payload: Payload, dir: string, { dryRun = false } = {}): Promise<ImportCounts> {
  const api = looseApi(payload)
  const stored: string[] = []
  const counts: ImportCounts = {}
  const ids = new Map<string, Id>()
  try {
    return await withTransaction(payload, async (req) => {
      for (const collection of EXCHANGE_ORDER) {
        const { docs } = await api.find({ collection, depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true, req })
        for (const doc of docs) ids.set(`${collection}:${keyOfDoc(collection, doc, ids)}`, doc.id)
      }
      const idOf = (collection: string, key: string, where: string) => {
        const id = ids.get(`${collection}:${key}`)
        if (id === undefined) throw new ExchangeError(`${where}: no ${collection} "${key}" in the import or the CMS`)
        return id
      }
      for (const collection of EXCHANGE_ORDER) {
        const file = path.join(dir, `${collection}.json`)
        if (!existsSync(file)) continue
        const records = JSON.parse(readFileSync(file, 'utf8')) as Json[]
        const config = payload.collections[collection].config
        const allFields = describeFields(config.fields).filter((field) => collection !== 'media' || MEDIA_FIELDS.has(field.name))
        // References to the same collection may point forward; they are written in a second pass.
        const selfRefs = allFields.filter((field) => field.kind === 'reference' && field.to === collection)
        const fields = allFields.filter((field) => !selfRefs.includes(field))
        const versioned = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
        const tally = (counts[collection] = { created: 0, updated: 0 })
        for (const [index, record] of records.entries()) {
          const where = `${collection}.json record ${index + 1}`
          const key = collection === 'media' ? path.basename(String(record.file)) : String(record[NATURAL_KEYS[collection]])
          try {
            const existing = ids.get(`${collection}:${key}`)
            const draft = versioned ? record._status !== 'published' : undefined
            let id = existing
            let rows: Json = {}
            for (const locale of [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)]) {
              const data = toData(record, fields, locale, idOf, where, rows)
              const common = { collection, data, locale, draft, overrideAccess: true, depth: 0, req }
              let doc: Doc
              if (id === undefined) {
                doc = await api.create({ ...common, ...(collection === 'media' ? { file: await readUpload(dir, String(record.file), where) } : {}) })
                id = doc.id
                if (collection === 'media') stored.push(...storedFiles(doc))
              } else {
                doc = await api.update({ ...common, id })
              }
              if (locale === DEFAULT_LOCALE) rows = doc
            }
            ids.set(`${collection}:${key}`, id as Id)
            if (existing === undefined) tally.created += 1
            else tally.updated += 1
          } catch (error) {
            if (error instanceof ExchangeError) throw error
            throw new ExchangeError(`${where} (${key}): ${validationMessage(error)}`)
          }
        }
        for (const [index, record] of records.entries()) {
          if (selfRefs.length === 0) break
          const where = `${collection}.json record ${index + 1}`
          const id = ids.get(`${collection}:${String(record[NATURAL_KEYS[collection]])}`)
          const data = toData(record, selfRefs, DEFAULT_LOCALE, idOf, where)
          await api.update({
            collection,
            id,
            data: { ...data, ...(versioned ? { _status: record._status } : {}) },
            draft: versioned ? record._status !== 'published' : undefined,
            overrideAccess: true,
            depth: 0,
            req,
          })
        }
      }
      if (dryRun) throw new DryRunDone()
      return counts
    })
  } catch (error) {
    for (const file of stored) rmSync(file, { force: true })
    if (error instanceof DryRunDone) return counts
    throw error
  }
}

class DryRunDone extends Error {}

/** Partners are known by their organization's slug; everything else by its own natural key. */
function keyOfDoc(collection: ExchangeCollection, doc: Doc, ids: Map<string, Id>): string {
  if (collection !== 'partners') return String(doc[NATURAL_KEYS[collection]])
  for (const [key, id] of ids) if (key.startsWith('organizations:') && id === doc.organization) return key.slice('organizations:'.length)
  return String(doc.organization)
}

async function readUpload(dir: string, relative: string, where: string) {
  const absolute = path.resolve(dir, relative)
  if (!existsSync(absolute)) throw new ExchangeError(`${where}: file ${relative} not found in ${dir}`)
  const data = readFileSync(absolute)
  const type = await fileTypeFromBuffer(data)
  return { data, mimetype: type?.mime ?? 'application/octet-stream', name: path.basename(absolute), size: data.length }
}

function storedFiles(doc: Doc): string[] {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>)
  return [doc.filename, ...sizes.map((size) => size.filename)].filter((name): name is string => typeof name === 'string').map((name) => path.join(mediaDirectory(), name))
}
