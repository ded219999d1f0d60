import { stringify } from 'csv-stringify/sync'
import { ARCHIVE_ITEM_FIELDS, LOCALES, lexicalToParagraphs, neutraliseFormula, type Id, type Media, type RichText } from '@arkivi/content-schemas'
import { localePath, paths } from '../i18n/routes.ts'
import { isProcessableImage } from './media.ts'
import { OPEN_DATA_TABLES, REFERENCE_KEYS, TABLE_COLUMNS, type OpenDataColumn, type OpenDataTable } from './openDataColumns.ts'
import { byId, resolveIds } from './siteData/relations.ts'
import type { Item, SiteData } from './siteData/types.ts'

/**
 * The catalogue as open data: one CSV and one JSON file per public collection, built from the
 * same validated public documents as the pages (so nothing the public API hides can be in them).
 * Rows are ordered by identifier (archive items) or slug, so every build writes the same bytes.
 */

export { OPEN_DATA_TABLES, type OpenDataTable }

/** A cell: text, a flag, a list, a structured list (a programme's activities), or empty. */
export type Cell = string | boolean | string[] | Record<string, unknown>[] | null

export type OpenDataContext = {
  data: SiteData
  siteUrl: string
  /** The public address of a file the site publishes: a download, or an image's largest derivative. */
  mediaUrl: (media: Media) => Promise<string>
}

type Doc = Record<string, unknown>

/** Columns the site adds to a table: each document's page in every locale, and an item's IIIF manifest. */
function siteColumns(table: OpenDataTable): OpenDataColumn[] {
  const pages: OpenDataColumn[] = LOCALES.map((locale) => ({ name: `url_${locale}`, field: 'url', key: 'url', locale, kind: 'url' }))
  if (table === 'archive-items') return [...pages, { name: 'iiif_manifest', field: 'iiifManifest', key: 'iiif_manifest', kind: 'url' }]
  return table === 'organizations' ? [] : pages
}

/** Every column of a table, in order: the published fields, then the site's own. */
export function tableColumns(table: OpenDataTable): OpenDataColumn[] {
  return [...TABLE_COLUMNS[table](), ...siteColumns(table)]
}

/** The address of an item's IIIF manifest. */
export function iiifManifestPath(slug: string): string {
  return `/iiif/${slug}/manifest.json`
}

/** An item has a IIIF manifest when it has images the site publishes. */
export function hasIiifManifest(item: Item): boolean {
  return item.fileDocs.some(isProcessableImage)
}

const byKey = (key: string) => (a: Doc, b: Doc) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0)

/** A table's documents, in the table's order. */
function documentsOf(table: OpenDataTable, data: SiteData): Doc[] {
  if (table === 'archive-items') return [...data.items].sort(byKey('identifier'))
  if (table === 'programs') return [...data.programs].sort(byKey('slug'))
  if (table === 'organizations') return [...data.organizations.values()].sort(byKey('slug'))
  return [...data.municipalities].sort(byKey('slug'))
}

const asIds = (value: unknown): Id[] => (value == null ? [] : Array.isArray(value) ? (value as Id[]) : [value as Id])

/**
 * The rows of a table, one cell per column. References name public documents by their key; a
 * relation to a document the public cannot see is left out, as on the pages.
 */
export async function tableRows(table: OpenDataTable, { data, siteUrl, mediaUrl }: OpenDataContext): Promise<Record<string, Cell>[]> {
  const columns = tableColumns(table)
  const targets: Record<string, Map<string, Doc>> = {
    organizations: data.organizations,
    municipalities: data.municipalityById,
    subjects: data.subjectById,
    'archive-items': byId(data.items),
  }
  const keysOf = (collection: string, value: unknown) => resolveIds(targets[collection], asIds(value)).map((doc) => String(doc[REFERENCE_KEYS[collection]]))
  const pagePath = (doc: Doc): ((locale: (typeof LOCALES)[number]) => string) | null =>
    table === 'archive-items'
      ? (locale) => localePath(locale, paths.item((doc as Item).slug))
      : table === 'programs'
        ? (locale) => localePath(locale, paths.program(String(doc.slug)))
        : table === 'municipalities'
          ? (locale) => localePath(locale, paths.municipality(String(doc.slug)))
          : null
  const absolute = (path: string) => new URL(path, `${siteUrl}/`).href

  const cell = async (doc: Doc, column: OpenDataColumn): Promise<Cell> => {
    const value = doc[column.field]
    switch (column.kind) {
      case 'files':
        return Promise.all(resolveIds(data.usedMedia, asIds(value)).map(mediaUrl)).then((urls) => urls.map(absolute))
      case 'reference': {
        const keys = keysOf(column.references!, value)
        return Array.isArray(value) ? keys : (keys[0] ?? null)
      }
      case 'structured':
        return ((value as Doc[] | null) ?? []).map((entry) =>
          Object.fromEntries(
            column.values!.map((key) => [key, key in REFERENCE_FOR_STRUCTURED ? keysOf(REFERENCE_FOR_STRUCTURED[key], entry[key]) : (entry[key] ?? null)]),
          ),
        )
      default:
        break
    }
    if (column.field === 'url') return absolute(pagePath(doc)!(column.locale!))
    if (column.field === 'iiifManifest') return hasIiifManifest(doc as Item) ? absolute(iiifManifestPath((doc as Item).slug)) : null
    if (table === 'archive-items') return archiveItemCell(doc, column)
    const part = column.part ? (value as Doc | null)?.[column.part] : column.locale ? (value as Doc | null)?.[column.locale] : value
    if (column.kind === 'richText') return part ? lexicalToParagraphs(part as RichText).join('\n\n') || null : null
    if (column.kind === 'list') return (part as string[] | null) ?? []
    return (part as string | boolean | null | undefined) ?? null
  }

  return Promise.all(
    documentsOf(table, data).map(async (doc) => Object.fromEntries(await Promise.all(columns.map(async (column) => [column.name, await cell(doc, column)] as const)))),
  )
}

/** Keys of a structured value (a programme's activity) that name documents, and in which collection. */
const REFERENCE_FOR_STRUCTURED: Record<string, string> = { municipalities: 'municipalities' }

/**
 * An archive item's cell as the import/export declarations write it (ARCHIVE_ITEM_FIELDS): lists
 * as in their JSON form (arrays), everything else as in their CSV form (rich text as plain
 * paragraphs separated by blank lines, the date as YYYY, YYYY-MM or YYYY-MM-DD).
 */
function archiveItemCell(doc: Doc, column: OpenDataColumn): Cell {
  const declaration = ARCHIVE_ITEM_FIELDS[column.field as keyof typeof ARCHIVE_ITEM_FIELDS]
  const none = () => undefined
  const json = declaration.toCells(doc[column.field] as never, 'json', none)[column.name]
  if (Array.isArray(json)) return json as string[]
  const csv = declaration.toCells(doc[column.field] as never, 'csv', none)[column.name]
  return csv === '' || csv === undefined ? null : (csv as string | boolean | null)
}

/** The JSON records of a table: a localized field as one object by locale, lists as arrays. */
export function toJsonRecords(table: OpenDataTable, rows: Record<string, Cell>[]): Doc[] {
  const columns = tableColumns(table)
  return rows.map((row) => {
    const record: Doc = {}
    for (const column of columns) {
      if (column.locale) ((record[column.key] ??= {}) as Doc)[column.locale] = row[column.name]
      else record[column.key] = row[column.name]
    }
    return record
  })
}

/** A cell as CSV text: lists joined by `; `, a structured list as JSON, flags as true/false. */
export function csvCell(cell: Cell, column: OpenDataColumn): string {
  if (cell === null) return ''
  if (column.kind === 'structured') return JSON.stringify(cell)
  if (Array.isArray(cell)) return cell.join('; ')
  return String(cell)
}

/**
 * A table as CSV: UTF-8 with a byte-order mark (so spreadsheets read ë, ç, č as such), a header
 * row of column names, every cell quoted, and cells a spreadsheet could run as a formula prefixed
 * with `'` (neutraliseFormula, as the staff export does).
 */
export function toCsv(table: OpenDataTable, rows: Record<string, Cell>[]): string {
  const columns = tableColumns(table)
  return stringify(
    rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, csvCell(row[column.name], column)]))),
    { header: true, columns: columns.map((column) => column.name), quoted: true, bom: true, cast: { string: neutraliseFormula } },
  )
}
