import { z } from 'zod'
import { ARCHIVE_ITEM_TYPE_VALUES, ITEM_LANGUAGE_VALUES, RIGHTS_STATEMENT_VALUES, VISIBILITY_VALUES } from '../enums.ts'
import {
  documentToRecord,
  flag,
  list,
  localizedRichText,
  localizedText,
  partialDate,
  recordToDocument,
  reference,
  referencesOf,
  requiredText,
  rowShape,
  value,
  withDefault,
  type ExchangeFormat,
  type KeyOf,
} from './columns.ts'
import type { Locale } from '../locales.ts'
import type { ImportProblemCode } from './problems.ts'

// Messages are problem codes (problems.ts): each surface words them in its own language.
const oneOf = <V extends string>(values: readonly [V, ...V[]]) => z.enum(values, { error: 'oneOf' satisfies ImportProblemCode })
const required = requiredText('required' satisfies ImportProblemCode)

/**
 * The flat record that `npm run import` reads and `npm run export` writes for archive items, in
 * CSV (one column per key) and JSON (an array of such records): each archive item field by its
 * document name, with the columns that carry it, in column order. Localized fields have one
 * column per locale (`title_sq`, `title_sr`, `title_en`); lists are separated by `;` in CSV.
 */
export const ARCHIVE_ITEM_FIELDS = {
  identifier: value('identifier', required),
  title: localizedText('title', { sq: required }),
  description: localizedRichText('description'),
  date: partialDate('date', 'date_approximate'),
  type: value('type', oneOf(ARCHIVE_ITEM_TYPE_VALUES)),
  format: value('format'),
  creators: list('creators'),
  subjects: reference('subjects', 'subjects', 'slug'),
  languages: list('languages', oneOf(ITEM_LANGUAGE_VALUES)),
  municipality: reference('municipality', 'municipalities', 'slug', { one: true }),
  place: localizedText('place'),
  source: localizedText('source'),
  contentWarning: localizedText('content_warning'),
  rights: value('rights', oneOf(RIGHTS_STATEMENT_VALUES)),
  files: reference('files', 'media', 'filename', { prefix: 'files/' }),
  transcript: localizedRichText('transcript'),
  related: reference('related', 'archive-items', 'identifier'),
  visibility: value('visibility', withDefault('restricted', oneOf(VISIBILITY_VALUES))),
  _status: value('status', withDefault('draft', oneOf(['draft', 'published']))),
  sample: flag('sample'),
  consentNotes: value('consent_notes'),
  takedownNotes: value('takedown_notes'),
}

export const archiveItemRowSchema = z.object(rowShape(ARCHIVE_ITEM_FIELDS))
export type ArchiveItemRow = z.output<typeof archiveItemRowSchema>
export type ArchiveItemColumn = keyof ArchiveItemRow & string

export const ARCHIVE_ITEM_COLUMNS = Object.keys(archiveItemRowSchema.shape) as ArchiveItemColumn[]

/** The columns that name other documents, and by which of their fields. */
export const ARCHIVE_ITEM_REFERENCES = referencesOf(ARCHIVE_ITEM_FIELDS)

/**
 * A row as archive item data in one locale, for Payload's create or update. `references` holds
 * the ids the import resolved (subjects, municipality, files, related); a reference it lacks is
 * left out.
 */
export function archiveItemData(row: ArchiveItemRow, locale: Locale, references: Record<string, unknown>): Record<string, unknown> {
  return recordToDocument(ARCHIVE_ITEM_FIELDS, row, locale, references)
}

/** An archive item read with `locale=all&depth=0` as a record, every column present. */
export function archiveItemRecord(doc: Record<string, unknown>, format: ExchangeFormat, keyOf: KeyOf): Record<ArchiveItemColumn, unknown> {
  return documentToRecord(ARCHIVE_ITEM_FIELDS, doc, format, keyOf) as Record<ArchiveItemColumn, unknown>
}
