import { z } from 'zod'
import {
  ARCHIVE_ITEM_FIELDS,
  LOCALES,
  archiveItemSchema,
  documentFields,
  mediaFieldsOf,
  municipalitySchema,
  organizationSchema,
  programSchema,
  publishedDocumentFields,
  relationList,
  relationOne,
  staffOnly,
  type Locale,
} from '@arkivi/content-schemas'

/**
 * The columns of the open-data tables (/data/*.csv, /data/*.json), derived from the public zod
 * schemas and, for archive items, from the import/export declarations (ARCHIVE_ITEM_FIELDS): a
 * field is published when the public schema has it, it is not staff-only, and it is not a
 * literal (`visibility: 'public'`, `_status: 'published'` say the same of every public document).
 */

/** The collections published as open data, by their file name. */
export const OPEN_DATA_TABLES = ['archive-items', 'programs', 'organizations', 'municipalities'] as const
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number]

/** What a column holds, for the data dictionary and for the CSV cell. */
export type ColumnKind = 'text' | 'richText' | 'list' | 'date' | 'flag' | 'vocabulary' | 'reference' | 'files' | 'structured' | 'url' | 'link' | 'timestamp'

export type OpenDataColumn = {
  /** The column's name in CSV, e.g. `title_sq`; in JSON the localized columns of a field are one object. */
  name: string
  /** The document field it comes from. */
  field: string
  /** The JSON key: the field's column name without the locale suffix. */
  key: string
  /** For a localized column, its locale. */
  locale?: Locale
  kind: ColumnKind
  /** A vocabulary's values; the collection a reference names documents of; a structured value's keys. */
  values?: readonly string[]
  references?: string
  /** For one value of a group (a period's `start`), its key in the group. */
  part?: string
}

/** The collection each relation field points at (the zod schema knows only that it holds ids). */
const RELATION_TARGETS: Record<string, string> = {
  owner: 'organizations',
  implementers: 'organizations',
  funders: 'organizations',
  municipalities: 'municipalities',
  municipality: 'municipalities',
  subjects: 'subjects',
  related: 'archive-items',
}

/** The natural key each referenced collection is named by in a table. */
export const REFERENCE_KEYS: Record<string, string> = {
  organizations: 'slug',
  municipalities: 'slug',
  subjects: 'slug',
  'archive-items': 'identifier',
}

const METADATA = new Set([...Object.keys(publishedDocumentFields), ...Object.keys(documentFields)])

/** Whether a field of a public schema may be published: not staff-only, not the same literal in every document. */
export function isPublishedField(schema: z.ZodObject, field: string): boolean {
  const type = schema.shape[field] as z.ZodType | undefined
  return type !== undefined && type !== staffOnly && !(type instanceof z.ZodLiteral)
}

/** The type inside optional, nullable and transformed wrappers. */
export function unwrap(type: z.ZodType): z.ZodType {
  if (type instanceof z.ZodOptional || type instanceof z.ZodNullable) return unwrap(type.unwrap() as z.ZodType)
  if (type instanceof z.ZodPipe) return unwrap(type.in as z.ZodType)
  return type
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

const isLocalizedObject = (type: z.ZodType): type is z.ZodObject => type instanceof z.ZodObject && Object.keys(type.shape).join() === [...LOCALES].join()

function localizedColumns(field: string, key: string, kind: ColumnKind): OpenDataColumn[] {
  return LOCALES.map((locale) => ({ name: `${key}_${locale}`, field, key, locale, kind }))
}

/** A scalar or list column's kind, and a vocabulary's values. */
function plainColumn(field: string, key: string, type: z.ZodType): OpenDataColumn {
  const inner = unwrap(type)
  if (inner instanceof z.ZodArray) {
    const item = unwrap(inner.element as z.ZodType)
    return { name: key, field, key, kind: 'list', ...(item instanceof z.ZodEnum ? { values: item.options as string[] } : {}) }
  }
  if (inner instanceof z.ZodEnum) return { name: key, field, key, kind: 'vocabulary', values: inner.options as string[] }
  if (inner instanceof z.ZodBoolean) return { name: key, field, key, kind: 'flag' }
  if (inner instanceof z.ZodURL) return { name: key, field, key, kind: 'link' }
  if (inner instanceof z.ZodISODateTime) return { name: key, field, key, kind: 'timestamp' }
  return { name: key, field, key, kind: 'text' }
}

/** The columns of one field of a public schema. */
function fieldColumns(schema: z.ZodObject, field: string): OpenDataColumn[] {
  const type = schema.shape[field] as z.ZodType
  const key = snake(field)
  const media = mediaFieldsOf(schema)
  if (media.ids.includes(field)) return [{ name: key, field, key, kind: 'files' }]
  if (media.richText.includes(field)) return localizedColumns(field, key, 'richText')
  if (type === relationList || type === relationOne) {
    const references = RELATION_TARGETS[field]
    if (!references) throw new Error(`open data: the relation field "${field}" has no target collection in RELATION_TARGETS`)
    return [{ name: key, field, key, kind: 'reference', references }]
  }
  const inner = unwrap(type)
  if (isLocalizedObject(inner)) return localizedColumns(field, key, 'text')
  if (inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType) instanceof z.ZodObject) {
    const element = unwrap(inner.element as z.ZodType) as z.ZodObject
    return [{ name: key, field, key, kind: 'structured', values: Object.keys(element.shape).filter((name) => name !== 'id') }]
  }
  if (inner instanceof z.ZodObject) {
    // A group of plain values (a period, a date with its precision): one column each.
    return Object.keys(inner.shape).map((part) => ({ ...plainColumn(field, `${key}_${snake(part)}`, inner.shape[part] as z.ZodType), part }))
  }
  return [plainColumn(field, key, type)]
}

/** The published fields of a public schema, in its order, without the document's own metadata. */
export function publishedFields(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((field) => !METADATA.has(field) && isPublishedField(schema, field))
}

/** The columns of a collection's public schema. */
export function schemaColumns(schema: z.ZodObject): OpenDataColumn[] {
  return publishedFields(schema).flatMap((field) => fieldColumns(schema, field))
}

/**
 * Archive items: the import/export columns (ARCHIVE_ITEM_FIELDS) of the fields the public schema
 * publishes, with the kind the public schema gives each field.
 */
export function archiveItemColumns(): OpenDataColumn[] {
  const published = new Set(publishedFields(archiveItemSchema))
  return Object.entries(ARCHIVE_ITEM_FIELDS)
    .filter(([field]) => published.has(field))
    .flatMap(([field, declaration]): OpenDataColumn[] => {
      const derived = fieldColumns(archiveItemSchema, field)
      const names = Object.keys(declaration.columns)
      const localized = names.length === LOCALES.length && names.every((name, index) => name.endsWith(`_${LOCALES[index]}`))
      if (localized) {
        const key = names[0].slice(0, -`_${LOCALES[0]}`.length)
        return LOCALES.map((locale, index) => ({ ...derived[index], name: names[index], key, locale }))
      }
      // A partial date: the date as YYYY, YYYY-MM or YYYY-MM-DD, then whether it is approximate.
      if (field === 'date') return names.map((name, index) => ({ name, field, key: name, kind: index === 0 ? ('date' as const) : ('flag' as const) }))
      return names.map((name) => ({ ...derived[0], name, key: name }))
    })
}

/** Each table's columns, and the public schema it comes from. */
export const TABLE_COLUMNS: Record<OpenDataTable, () => OpenDataColumn[]> = {
  'archive-items': archiveItemColumns,
  programs: () => schemaColumns(programSchema),
  organizations: () => schemaColumns(organizationSchema),
  municipalities: () => schemaColumns(municipalitySchema),
}
