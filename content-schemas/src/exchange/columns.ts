import { z } from 'zod'
import { lexicalToParagraphs, paragraphsToLexical } from '../lexicalParagraphs.ts'
import { LOCALES, type Locale } from '../locales.ts'
import { richTextSchema } from '../schemas/common.ts'
import type { ImportProblemCode } from './problems.ts'

/**
 * How a document's fields travel as the columns of a flat record (a CSV row, or a JSON object
 * with the same keys). Each field is declared once, with the columns it fills and the schema of
 * each cell; the record's column order, its schema and both conversions (record → document for
 * import, document → record for export) are derived from those declarations.
 */

/** CSV holds text only; JSON keeps lists as arrays and rich text as Lexical (lossless). */
export type ExchangeFormat = 'csv' | 'json'

/** The natural key (slug, identifier, file name) of a referenced document, by its id. */
export type KeyOf = (collection: string, id: string) => string | undefined

type Cells = Record<string, unknown>

export type FieldColumns<Columns extends z.ZodRawShape = z.ZodRawShape> = {
  /** The columns, in order, with the schema that parses each cell. */
  columns: Columns
  /** The field's value in one locale, from a parsed record. */
  toDocument: (row: Cells, locale: Locale) => unknown
  /** The field's cells, from its value in a document read with `locale=all`. */
  toCells: (value: unknown, format: ExchangeFormat, keyOf: KeyOf) => Cells
  /** For a reference: the collection it points at, and the field that names a document there. */
  reference?: { to: string; key: string }
}

const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value)

const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional())

/** A cell that must hold text; `message` is the problem code (problems.ts) of a blank cell. */
export const requiredText = (message: string) => z.string({ error: message }).trim().min(1, message)

/** A list: an array (JSON) or a `;`-separated string (CSV); blanks are dropped. */
const listCell = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(';') : (blankToUndefined(value) ?? [])),
  z.array(z.string().trim()).transform((items) => items.filter((item) => item !== '')),
)

const flagCell = (fallback: boolean) =>
  z.preprocess(
    (value) => {
      const v = blankToUndefined(value)
      if (v === undefined) return fallback
      if (typeof v === 'boolean') return v
      const text = String(v).trim().toLowerCase()
      if (['true', 'yes', '1', 'po', 'da'].includes(text)) return true
      if (['false', 'no', '0', 'jo', 'ne'].includes(text)) return false
      return v
    },
    z.boolean({ error: 'trueOrFalse' satisfies ImportProblemCode }),
  )

/** Rich text: plain paragraphs separated by blank lines (CSV), or Lexical JSON (JSON export). */
const richTextCell = z.preprocess(blankToUndefined, z.union([z.string(), richTextSchema]).optional())

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision follows from the form. */
const partialDateCell = z
  .string({ error: 'required' satisfies ImportProblemCode })
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dateFormat' satisfies ImportProblemCode)
  .refine(
    (text) => text.length < 10 || (!Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)),
    'notCalendarDate' satisfies ImportProblemCode,
  )
  .transform((text) => ({
    value: `${text.padEnd(10, text.length === 4 ? '-01-01' : '-01').slice(0, 10)}T00:00:00.000Z`,
    precision: text.length === 4 ? ('year' as const) : text.length === 7 ? ('month' as const) : ('day' as const),
  }))

/** A cell given a value when left empty. */
export const withDefault = <T extends z.ZodType>(fallback: string, schema: T) => z.preprocess((value) => blankToUndefined(value) ?? fallback, schema)

const listOut = (items: string[], format: ExchangeFormat) => (format === 'csv' ? items.join('; ') : items)

const localizedValue = (value: unknown, locale: Locale): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? ((value as Cells)[locale] ?? null) : null

/** The ids of a relation, as stored (`[1, 2]`) or populated (`[{ id: 1 }]`). */
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map((id) => String(typeof id === 'object' && id ? (id as { id: unknown }).id : id)) : [])

/** One column holding the field's value as it is (text, or a choice from a vocabulary). */
export function value<C extends string, S extends z.ZodType = typeof optionalText>(column: C, schema?: S) {
  return {
    columns: { [column]: schema ?? optionalText } as Record<C, S>,
    toDocument: (row) => row[column],
    toCells: (value) => ({ [column]: value ?? null }),
  } satisfies FieldColumns
}

/** A true/false column. */
export function flag<C extends string>(column: C) {
  return {
    columns: { [column]: flagCell(false) } as Record<C, ReturnType<typeof flagCell>>,
    toDocument: (row) => row[column],
    toCells: (value) => ({ [column]: Boolean(value) }),
  } satisfies FieldColumns
}

/** A list of strings in one column; `item` checks each entry. */
export function list<C extends string, I extends z.ZodType<unknown, string> | undefined = undefined>(column: C, item?: I) {
  type Cell = I extends z.ZodType ? z.ZodPipe<typeof listCell, z.ZodArray<I>> : typeof listCell
  return {
    columns: { [column]: item ? listCell.pipe(z.array(item)) : listCell } as Record<C, Cell>,
    toDocument: (row) => row[column],
    toCells: (value, format) => ({ [column]: listOut((value as string[] | null) ?? [], format) }),
  } satisfies FieldColumns
}

type LocalizedShape<C extends string, S extends z.ZodType, O extends Partial<Record<Locale, z.ZodType>>> = {
  [L in Locale as `${C}_${L}`]: L extends keyof O ? Exclude<O[L], undefined> : S
}

function localizedColumns<C extends string, S extends z.ZodType, O extends Partial<Record<Locale, z.ZodType>>>(column: C, cell: S, overrides: O) {
  return Object.fromEntries(LOCALES.map((locale) => [`${column}_${locale}`, overrides[locale] ?? cell])) as LocalizedShape<C, S, O>
}

/** A localized text field: one column per locale (`title_sq`, `title_sr`, `title_en`). */
export function localizedText<C extends string, O extends Partial<Record<Locale, z.ZodType>> = Record<never, never>>(column: C, overrides: O = {} as O) {
  return {
    columns: localizedColumns(column, optionalText, overrides),
    toDocument: (row, locale) => row[`${column}_${locale}`],
    toCells: (value) => Object.fromEntries(LOCALES.map((locale) => [`${column}_${locale}`, localizedValue(value, locale)])),
  } satisfies FieldColumns
}

/**
 * Localized rich text. CSV carries plain paragraphs separated by blank lines (what a spreadsheet
 * can hold: paragraphs and `- ` bullets survive, other formatting does not); JSON carries Lexical.
 */
export function localizedRichText<C extends string>(column: C) {
  return {
    columns: localizedColumns(column, richTextCell, {}),
    toDocument: (row, locale) => {
      const cell = row[`${column}_${locale}`] as z.output<typeof richTextCell>
      if (cell === undefined) return null
      return typeof cell === 'string'
        ? paragraphsToLexical(
            cell
              .split(/\n\s*\n/)
              .map((part) => part.trim())
              .filter(Boolean),
          )
        : cell
    },
    toCells: (value, format) =>
      Object.fromEntries(
        LOCALES.map((locale) => {
          const state = localizedValue(value, locale)
          return [`${column}_${locale}`, !state ? null : format === 'json' ? state : lexicalToParagraphs(state).join('\n\n')]
        }),
      ),
  } satisfies FieldColumns
}

type PartialDateValue = { value?: string; precision?: 'year' | 'month' | 'day'; approximate?: boolean | null }

/** A date known to the year, month or day (`date`), and whether it is approximate (`date_approximate`). */
export function partialDate<C extends string, A extends string>(column: C, approximateColumn: A) {
  return {
    columns: { [column]: partialDateCell, [approximateColumn]: flagCell(false) } as Record<C, typeof partialDateCell> & Record<A, ReturnType<typeof flagCell>>,
    toDocument: (row) => ({ ...(row[column] as object), approximate: row[approximateColumn] }),
    toCells: (value) => {
      const date = value as PartialDateValue | null | undefined
      const iso = date?.value?.slice(0, 10) ?? ''
      const text = date?.precision === 'year' ? iso.slice(0, 4) : date?.precision === 'month' ? iso.slice(0, 7) : iso
      return { [column]: text, [approximateColumn]: Boolean(date?.approximate) }
    },
  } satisfies FieldColumns
}

/**
 * A relation written as the natural keys of the documents it points at (`key` of collection
 * `to`), `;`-separated; `prefix` goes in front of each (files are named by their path in the
 * export folder). The import resolves keys to ids itself: how depends on the collection.
 */
export function reference<C extends string, One extends boolean = false>(column: C, to: string, key: string, { one, prefix = '' }: { one?: One; prefix?: string } = {}) {
  const keyOrId = (keyOf: KeyOf, id: string) => keyOf(to, id) ?? id
  return {
    columns: { [column]: one ? optionalText : listCell } as Record<C, One extends true ? typeof optionalText : typeof listCell>,
    reference: { to, key },
    toDocument: () => undefined,
    toCells: (value, format, keyOf) => ({
      [column]: one
        ? value
          ? (keyOf(to, String(value)) ?? null)
          : null
        : listOut(
            ids(value).map((id) => `${prefix}${keyOrId(keyOf, id)}`),
            format,
          ),
    }),
  } satisfies FieldColumns
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never

/** The columns of every field, as one zod shape. */
export type RowShape<F extends Record<string, FieldColumns>> = UnionToIntersection<F[keyof F]['columns']>

/** Every field's columns, in declaration order. */
export function rowShape<F extends Record<string, FieldColumns>>(fields: F): RowShape<F> {
  return Object.assign({}, ...Object.values(fields).map((field) => field.columns))
}

/** The reference fields, by field name, with their column and the collection they point at. */
export function referencesOf(fields: Record<string, FieldColumns>) {
  return Object.entries(fields).flatMap(([field, { columns, reference }]) => (reference ? [{ field, column: Object.keys(columns)[0], ...reference }] : []))
}

/**
 * A parsed record as the document's data in one locale. An empty cell clears the value, a
 * translation too: the file is authoritative. References come from `resolved`, by field name, as
 * the import found them; a reference missing there is left out (written later).
 */
export function recordToDocument(fields: Record<string, FieldColumns>, row: Cells, locale: Locale, resolved: Cells): Cells {
  const data: Cells = {}
  for (const [name, field] of Object.entries(fields)) {
    if (field.reference) {
      if (name in resolved) data[name] = resolved[name] ?? null
    } else {
      data[name] = field.toDocument(row, locale) ?? null
    }
  }
  return data
}

/** A document read with `locale=all` as a record, every column present (empty: `''` in CSV, `null` in JSON). */
export function documentToRecord(fields: Record<string, FieldColumns>, doc: Cells, format: ExchangeFormat, keyOf: KeyOf): Cells {
  const cells = Object.assign({}, ...Object.entries(fields).map(([name, field]) => field.toCells(doc[name], format, keyOf))) as Cells
  return Object.fromEntries(Object.entries(cells).map(([column, cell]) => [column, cell ?? (format === 'csv' ? '' : null)]))
}
