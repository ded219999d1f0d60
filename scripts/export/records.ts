import {
  ARCHIVE_ITEM_COLUMNS,
  LOCALES,
  lexicalToParagraphs,
  type ArchiveItemColumn,
  type DatePrecision,
  type Locale,
} from '@arkivi/content-schemas'
import type { Doc, Id } from '../lib/looseApi.ts'

export type ExportFormat = 'csv' | 'json'
export type ExportRecord = Partial<Record<ArchiveItemColumn, unknown>>

type Lookups = {
  subjectSlug: Map<string, string>
  municipalitySlug: Map<string, string>
  mediaFilename: Map<string, string>
  identifier: Map<string, string>
}

const localized = (value: unknown, locale: Locale): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[locale] ?? null : null

/** The inverse of the importer's date parsing: the ISO date cut to its precision. */
function partialDate(date: { value?: string; precision?: DatePrecision } | undefined): string {
  const iso = date?.value?.slice(0, 10) ?? ''
  return date?.precision === 'year' ? iso.slice(0, 4) : date?.precision === 'month' ? iso.slice(0, 7) : iso
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map((id) => String(typeof id === 'object' && id ? (id as { id: Id }).id : id)) : [])

/**
 * One archive item as an import record. JSON keeps rich text as Lexical (lossless); CSV writes
 * plain paragraphs separated by blank lines, which is what a spreadsheet can hold.
 */
export function toRecord(doc: Doc, format: ExportFormat, lookups: Lookups): ExportRecord {
  const list = (items: string[]) => (format === 'csv' ? items.join('; ') : items)
  const rich = (value: unknown) => {
    if (!value) return null
    return format === 'json' ? value : lexicalToParagraphs(value).join('\n\n')
  }
  const record: ExportRecord = {
    identifier: doc.identifier,
    date: partialDate(doc.date as { value?: string; precision?: DatePrecision }),
    date_approximate: Boolean((doc.date as { approximate?: boolean } | undefined)?.approximate),
    type: doc.type,
    format: doc.format ?? null,
    creators: list((doc.creators as string[] | null) ?? []),
    subjects: list(ids(doc.subjects).map((id) => lookups.subjectSlug.get(id) ?? id)),
    languages: list((doc.languages as string[] | null) ?? []),
    municipality: doc.municipality ? (lookups.municipalitySlug.get(String(doc.municipality)) ?? null) : null,
    rights: doc.rights,
    files: list(ids(doc.files).map((id) => `files/${lookups.mediaFilename.get(id)}`)),
    related: list(ids(doc.related).map((id) => lookups.identifier.get(id) ?? id)),
    visibility: doc.visibility,
    status: doc._status,
    sample: Boolean(doc.sample),
    consent_notes: doc.consentNotes ?? null,
    takedown_notes: doc.takedownNotes ?? null,
  }
  for (const locale of LOCALES) {
    record[`title_${locale}`] = localized(doc.title, locale)
    record[`description_${locale}`] = rich(localized(doc.description, locale))
    record[`place_${locale}`] = localized(doc.place, locale)
    record[`source_${locale}`] = localized(doc.source, locale)
    record[`transcript_${locale}`] = rich(localized(doc.transcript, locale))
    record[`content_warning_${locale}`] = localized(doc.contentWarning, locale)
  }
  return Object.fromEntries(ARCHIVE_ITEM_COLUMNS.map((column) => [column, record[column] ?? (format === 'csv' ? '' : null)]))
}
