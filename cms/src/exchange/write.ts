import { rmSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, LOCALES, archiveItemData } from '@arkivi/content-schemas'
import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { mediaDirectory } from '../collections/Media/limits.ts'
import { looseApi, type Doc, type Id } from './looseApi.ts'
import type { ImportPlan, PlannedFile, PlannedItem } from './plan.ts'
import { withTransaction } from './transaction.ts'

export type ImportResult = { created: number; updated: number; files: number }

/**
 * Writes a validated plan in one transaction: every row or none. Files are uploaded once (a file
 * already in the CMS under the same name is reused). If anything fails, the transaction is rolled
 * back and the files this run stored are removed again. `user` is who imports from the admin
 * (recorded as the versions' author); the command line imports as nobody.
 */
export async function writeImport(payload: Payload, plan: ImportPlan, onRow: (label: string) => void, user?: TypedUser | null): Promise<ImportResult> {
  if (plan.problems.length > 0) throw new Error('the import has problems; nothing was written')
  const api = looseApi(payload)
  const storedFiles: string[] = []
  const result: ImportResult = { created: 0, updated: 0, files: 0 }
  try {
    return await withTransaction(
      payload,
      async (req) => {
        const fileIds = new Map<string, Id>()
        const ids = new Map<string, Id>()
        for (const item of plan.items) {
          const files: Id[] = []
          for (const file of item.files) files.push(await ensureFile(api, req, file, item, fileIds, storedFiles, result))
          const draft = item.data.status === 'draft'
          let id = item.existingId
          for (const locale of [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)]) {
            // Related items are written last, once every row has an id.
            const data = archiveItemData(item.data, locale, { subjects: item.subjectIds, municipality: item.municipalityId, files })
            if (id === undefined) {
              id = (await api.create({ collection: 'archive-items', data, locale, draft, overrideAccess: true, depth: 0, req })).id
            } else {
              await api.update({ collection: 'archive-items', id, data, locale, draft, overrideAccess: true, depth: 0, req })
            }
          }
          if (item.existingId === undefined) result.created += 1
          else result.updated += 1
          ids.set(item.data.identifier, id as Id)
          onRow(item.data.identifier)
        }
        // Relations last: a row may relate to an item further down the file.
        const existing = async (identifier: string) =>
          ids.get(identifier) ??
          (await api.find({ collection: 'archive-items', where: { identifier: { equals: identifier } }, draft: true, limit: 1, depth: 0, overrideAccess: true, req }))
            .docs[0].id
        for (const item of plan.items) {
          const related = await Promise.all(item.data.related.map(existing))
          await api.update({
            collection: 'archive-items',
            id: ids.get(item.data.identifier),
            data: { related, _status: item.data.status },
            draft: item.data.status === 'draft',
            overrideAccess: true,
            depth: 0,
            req,
          })
        }
        return result
      },
      {},
      user,
    )
  } catch (error) {
    for (const file of storedFiles) rmSync(file, { force: true })
    throw error
  }
}

async function ensureFile(
  api: ReturnType<typeof looseApi>,
  req: PayloadRequest,
  file: PlannedFile,
  item: PlannedItem,
  known: Map<string, Id>,
  storedFiles: string[],
  result: ImportResult,
): Promise<Id> {
  const cached = known.get(file.filename)
  if (cached !== undefined) return cached
  const [existing] = (await api.find({ collection: 'media', where: { filename: { equals: file.filename } }, limit: 1, depth: 0, overrideAccess: true, req })).docs
  if (existing) {
    known.set(file.filename, existing.id)
    return existing.id
  }
  // Images need alt text: the item's title stands in until an editor describes the image.
  const created: Doc = await api.create({
    collection: 'media',
    data: { alt: item.data.title_sq },
    file: { data: file.data, mimetype: file.mimetype, name: file.filename, size: file.size },
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    depth: 0,
    req,
  })
  const sizes = Object.values((created.sizes ?? {}) as Record<string, { filename?: string | null }>)
  for (const name of [created.filename, ...sizes.map((size) => size.filename)]) {
    if (typeof name === 'string') storedFiles.push(path.join(mediaDirectory(), name))
  }
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const title = item.data[`title_${locale}`]
    if (title) await api.update({ collection: 'media', id: created.id, data: { alt: title }, locale, overrideAccess: true, depth: 0, req })
  }
  known.set(file.filename, created.id)
  result.files += 1
  return created.id
}
