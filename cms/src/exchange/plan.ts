import path from 'node:path'
import { ARCHIVE_ITEM_COLUMNS, archiveItemRowSchema, foldDiacritics, issueProblem, type ArchiveItemRow, type ImportProblem } from '@arkivi/content-schemas'
import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import { ALLOWED_MIME_TYPES } from '../collections/Media/limits.ts'
import type { FileSource } from './files.ts'
import { looseApi, type Doc, type Id } from './looseApi.ts'
import type { RawRecord } from './read.ts'

export type PlannedFile = { filename: string; mimetype: string; size: number; data: Buffer }

export type PlannedItem = {
  row: RawRecord['row']
  data: ArchiveItemRow
  existingId: Id | undefined
  subjectIds: Id[]
  municipalityId: Id | undefined
  files: PlannedFile[]
}

export type ImportPlan = { items: PlannedItem[]; problems: ImportProblem[] }

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
 * any language or by slug, files in `files`, related items by identifier), without writing
 * anything. Every problem is collected, not only the first. The command line and the admin's
 * import view both plan with this.
 */
export async function planImport(payload: Payload, records: RawRecord[], files: FileSource): Promise<ImportPlan> {
  const api = looseApi(payload)
  const problems: ImportProblem[] = []
  const all = async (collection: string) => (await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true })).docs
  const subjects = lookup(await all('subjects'), (doc) => [doc.slug, ...localizedValues(doc.name)])
  const municipalities = lookup(await all('municipalities'), (doc) => [doc.slug, doc.nameSq, doc.nameSr, ...localizedValues(doc.displayName)])
  const existing = new Map((await all('archive-items')).map((doc) => [String(doc.identifier), doc.id]))

  const known = new Set<string>(ARCHIVE_ITEM_COLUMNS)
  const unknownColumns = new Set(records.flatMap((record) => Object.keys(record.values)).filter((column) => !known.has(column)))
  for (const column of unknownColumns) problems.push({ row: { kind: 'header' }, column, value: column, code: 'unknownColumn', params: {} })

  const items: PlannedItem[] = []
  const relatedByRow: { row: RawRecord['row']; identifier: string | undefined; related: string[] }[] = []
  const seen = new Map<string, RawRecord['row']>()
  const shape = archiveItemRowSchema.shape
  for (const { row, values } of records) {
    const problem = (column: string, value: string, code: ImportProblem['code'], params: Record<string, string> = {}) =>
      problems.push({ row, column, value, code, params })
    const parsed = archiveItemRowSchema.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '')
        const { code, params } = issueProblem(issue)
        problem(column, show(values[column]), code, params)
      }
    }
    const identifier = shape.identifier.safeParse(values.identifier).data
    if (identifier !== undefined) {
      const firstRow = seen.get(identifier)
      if (firstRow && 'number' in firstRow) problem('identifier', identifier, 'duplicate', { of: String(firstRow.number) })
      else seen.set(identifier, row)
    }

    // References are checked even on a row with other problems, so one pass reports them all.
    const resolve = (map: Map<string, Id | null>, column: string, name: string): Id | undefined => {
      const id = map.get(normalize(name))
      if (id === undefined) problem(column, name, 'noSuchName')
      if (id === null) problem(column, name, 'ambiguousName')
      return id ?? undefined
    }
    const subjectNames = shape.subjects.safeParse(values.subjects).data ?? []
    const subjectIds = subjectNames.map((name) => resolve(subjects, 'subjects', name)).filter((id) => id !== undefined)
    const municipalityName = shape.municipality.safeParse(values.municipality).data
    const municipalityId = municipalityName ? resolve(municipalities, 'municipality', municipalityName) : undefined

    const planned: PlannedFile[] = []
    for (const relative of shape.files.safeParse(values.files).data ?? []) {
      const data = await files.read(relative)
      if (!data) {
        problem('files', relative, 'fileNotFound', { where: files.where })
        continue
      }
      const detected = await fileTypeFromBuffer(data)
      if (!detected || !(ALLOWED_MIME_TYPES as readonly string[]).includes(detected.mime)) {
        problem('files', relative, 'fileType', { type: detected?.mime ?? '?' })
        continue
      }
      planned.push({ filename: path.posix.basename(relative.replaceAll('\\', '/')), mimetype: detected.mime, size: data.length, data })
    }
    relatedByRow.push({ row, identifier, related: shape.related.safeParse(values.related).data ?? [] })
    if (parsed.success) {
      items.push({ row, data: parsed.data, existingId: existing.get(parsed.data.identifier), subjectIds, municipalityId, files: planned })
    }
  }

  const identifiers = new Set([...existing.keys(), ...seen.keys()])
  for (const { row, identifier, related } of relatedByRow) {
    for (const target of related) {
      if (!identifiers.has(target)) problems.push({ row, column: 'related', value: target, code: 'noSuchItem', params: {} })
      if (target === identifier) problems.push({ row, column: 'related', value: target, code: 'relatesToItself', params: {} })
    }
  }
  return { items, problems }
}
