import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ARCHIVE_ITEM_COLUMNS, archiveItemRowSchema, foldDiacritics, type ArchiveItemRow } from '@arkivi/content-schemas'
import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import { ALLOWED_MIME_TYPES } from '@arkivi/cms/media'
import { looseApi, type Doc, type Id } from '../lib/looseApi.ts'
import type { RawRecord } from './read.ts'

/** One problem with the input, located as a person fixing the file needs it. */
export type Problem = { row: string; column: string; value: string; reason: string }

export type PlannedFile = { absolute: string; filename: string; mimetype: string; size: number }

export type PlannedItem = {
  row: string
  data: ArchiveItemRow
  existingId: Id | undefined
  subjectIds: Id[]
  municipalityId: Id | undefined
  files: PlannedFile[]
}

export type ImportPlan = { items: PlannedItem[]; problems: Problem[] }

const normalize = (text: string) => foldDiacritics(text).trim().toLowerCase()

function show(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Every name and slug of every document, folded, pointing at its id; ambiguous keys are dropped. */
function lookup(docs: Doc[], keysOf: (doc: Doc) => unknown[]): Map<string, Id | null> {
  const map = new Map<string, Id | null>()
  for (const doc of docs) {
    for (const key of keysOf(doc)) {
      if (typeof key !== 'string' || key.trim() === '') continue
      const folded = normalize(key)
      const previous = map.get(folded)
      map.set(folded, previous === undefined || previous === doc.id ? doc.id : null)
    }
  }
  return map
}

const localizedValues = (value: unknown) => (value && typeof value === 'object' ? Object.values(value) : [value])

/**
 * Validates every record and resolves what it refers to (subjects and municipalities by name in
 * any language or by slug, files relative to the import file, related items by identifier),
 * without writing anything. Every problem is collected, not only the first.
 */
export async function planImport(payload: Payload, records: RawRecord[], baseDir: string): Promise<ImportPlan> {
  const api = looseApi(payload)
  const problems: Problem[] = []
  const all = async (collection: string) => (await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true })).docs
  const subjects = lookup(await all('subjects'), (doc) => [doc.slug, ...localizedValues(doc.name)])
  const municipalities = lookup(await all('municipalities'), (doc) => [doc.slug, doc.nameSq, doc.nameSr, ...localizedValues(doc.displayName)])
  const existing = new Map((await all('archive-items')).map((doc) => [String(doc.identifier), doc.id]))

  const known = new Set<string>(ARCHIVE_ITEM_COLUMNS)
  const unknownColumns = new Set(records.flatMap((record) => Object.keys(record.values)).filter((column) => !known.has(column)))
  for (const column of unknownColumns) problems.push({ row: 'header', column, value: column, reason: 'unknown column' })

  const items: PlannedItem[] = []
  const relatedByRow: { row: string; identifier: string | undefined; related: string[] }[] = []
  const seen = new Map<string, string>()
  const shape = archiveItemRowSchema.shape
  for (const { row, values } of records) {
    const parsed = archiveItemRowSchema.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '')
        problems.push({ row, column, value: show(values[column]), reason: issue.message })
      }
    }
    const identifier = shape.identifier.safeParse(values.identifier).data
    if (identifier !== undefined) {
      const firstRow = seen.get(identifier)
      if (firstRow) problems.push({ row, column: 'identifier', value: identifier, reason: `duplicate of ${firstRow}` })
      else seen.set(identifier, row)
    }

    // References are checked even on a row with other problems, so one pass reports them all.
    const resolve = (map: Map<string, Id | null>, column: string, name: string): Id | undefined => {
      const id = map.get(normalize(name))
      if (id === undefined) problems.push({ row, column, value: name, reason: 'no such name or slug' })
      if (id === null) problems.push({ row, column, value: name, reason: 'ambiguous: several match, use the slug' })
      return id ?? undefined
    }
    const subjectNames = shape.subjects.safeParse(values.subjects).data ?? []
    const subjectIds = subjectNames.map((name) => resolve(subjects, 'subjects', name)).filter((id) => id !== undefined)
    const municipalityName = shape.municipality.safeParse(values.municipality).data
    const municipalityId = municipalityName ? resolve(municipalities, 'municipality', municipalityName) : undefined

    const files: PlannedFile[] = []
    for (const relative of shape.files.safeParse(values.files).data ?? []) {
      const absolute = path.resolve(baseDir, relative)
      if (!existsSync(absolute) || !statSync(absolute).isFile()) {
        problems.push({ row, column: 'files', value: relative, reason: `file not found (looked in ${baseDir})` })
        continue
      }
      const detected = await fileTypeFromBuffer(readFileSync(absolute))
      if (!detected || !(ALLOWED_MIME_TYPES as readonly string[]).includes(detected.mime)) {
        problems.push({ row, column: 'files', value: relative, reason: `not an allowed file type (${detected?.mime ?? 'unknown'})` })
        continue
      }
      files.push({ absolute, filename: path.basename(absolute), mimetype: detected.mime, size: statSync(absolute).size })
    }
    relatedByRow.push({ row, identifier, related: shape.related.safeParse(values.related).data ?? [] })
    if (parsed.success) {
      items.push({ row, data: parsed.data, existingId: existing.get(parsed.data.identifier), subjectIds, municipalityId, files })
    }
  }

  const identifiers = new Set([...existing.keys(), ...seen.keys()])
  for (const { row, identifier, related } of relatedByRow) {
    for (const target of related) {
      if (!identifiers.has(target)) problems.push({ row, column: 'related', value: target, reason: 'no archive item with this identifier' })
      if (target === identifier) problems.push({ row, column: 'related', value: target, reason: 'an item cannot relate to itself' })
    }
  }
  return { items, problems }
}
