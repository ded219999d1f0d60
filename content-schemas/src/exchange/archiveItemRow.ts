import { z } from 'zod'
import {
  ARCHIVE_ITEM_TYPE_VALUES,
  ITEM_LANGUAGE_VALUES,
  RIGHTS_STATEMENT_VALUES,
  VISIBILITY_VALUES,
} from '../enums.ts'
import { LOCALES, type Locale } from '../locales.ts'
import { richTextSchema } from '../schemas/common.ts'

/**
 * The flat record that `npm run import` reads and `npm run export` writes for archive items,
 * in CSV (one column per key) and JSON (an array of such records). Localized fields have one
 * column per locale (`title_sq`, `title_sr`, `title_en`); lists are separated by `;` in CSV.
 */
export const LOCALIZED_TEXT_COLUMNS = ['title', 'place', 'source', 'content_warning'] as const
export const LOCALIZED_RICH_COLUMNS = ['description', 'transcript'] as const
type LocalizedColumn = (typeof LOCALIZED_TEXT_COLUMNS)[number] | (typeof LOCALIZED_RICH_COLUMNS)[number]

export function localizedColumn(column: LocalizedColumn, locale: Locale): `${LocalizedColumn}_${Locale}` {
  return `${column}_${locale}`
}

export const ARCHIVE_ITEM_COLUMNS = [
  'identifier',
  ...LOCALIZED_TEXT_COLUMNS.slice(0, 1).flatMap((column) => LOCALES.map((locale) => localizedColumn(column, locale))),
  ...LOCALIZED_RICH_COLUMNS.slice(0, 1).flatMap((column) => LOCALES.map((locale) => localizedColumn(column, locale))),
  'date',
  'date_approximate',
  'type',
  'format',
  'creators',
  'subjects',
  'languages',
  'municipality',
  ...LOCALIZED_TEXT_COLUMNS.slice(1).flatMap((column) => LOCALES.map((locale) => localizedColumn(column, locale))),
  'rights',
  'files',
  ...LOCALIZED_RICH_COLUMNS.slice(1).flatMap((column) => LOCALES.map((locale) => localizedColumn(column, locale))),
  'related',
  'visibility',
  'status',
  'sample',
  'consent_notes',
  'takedown_notes',
] as const
export type ArchiveItemColumn = (typeof ARCHIVE_ITEM_COLUMNS)[number]

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional())

/** A list: an array (JSON) or a `;`-separated string (CSV); blanks are dropped. */
const list = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(';') : (blankToUndefined(value) ?? [])),
  z.array(z.string().trim()).transform((items) => items.filter((item) => item !== '')),
)

const flag = (fallback: boolean) =>
  z.preprocess((value) => {
    const v = blankToUndefined(value)
    if (v === undefined) return fallback
    if (typeof v === 'boolean') return v
    const text = String(v).trim().toLowerCase()
    if (['true', 'yes', '1', 'po', 'da'].includes(text)) return true
    if (['false', 'no', '0', 'jo', 'ne'].includes(text)) return false
    return v
  }, z.boolean({ error: 'must be true or false' }))

/** Rich text: plain paragraphs separated by blank lines (CSV), or Lexical JSON (JSON export). */
const richText = z.preprocess(blankToUndefined, z.union([z.string(), richTextSchema]).optional())

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision follows from the form. */
const partialDate = z
  .string({ error: 'a date is required' })
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((text) => text.length < 10 || !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'is not a calendar date')
  .transform((text) => ({
    value: `${text.padEnd(10, text.length === 4 ? '-01-01' : '-01').slice(0, 10)}T00:00:00.000Z`,
    precision: text.length === 4 ? ('year' as const) : text.length === 7 ? ('month' as const) : ('day' as const),
  }))

const localizedFields = Object.fromEntries(
  [...LOCALIZED_TEXT_COLUMNS.flatMap((column) => LOCALES.map((locale) => [localizedColumn(column, locale), optionalText])),
   ...LOCALIZED_RICH_COLUMNS.flatMap((column) => LOCALES.map((locale) => [localizedColumn(column, locale), richText]))],
) as Record<`${(typeof LOCALIZED_TEXT_COLUMNS)[number]}_${Locale}`, typeof optionalText> &
  Record<`${(typeof LOCALIZED_RICH_COLUMNS)[number]}_${Locale}`, typeof richText>

export const archiveItemRowSchema = z.object({
  ...localizedFields,
  identifier: z.string({ error: 'an identifier is required' }).trim().min(1, 'an identifier is required'),
  title_sq: z.string({ error: 'the Albanian title is required' }).trim().min(1, 'the Albanian title is required'),
  date: partialDate,
  date_approximate: flag(false),
  type: z.enum(ARCHIVE_ITEM_TYPE_VALUES, { error: `must be one of ${ARCHIVE_ITEM_TYPE_VALUES.join(', ')}` }),
  format: optionalText,
  creators: list,
  subjects: list,
  languages: list.pipe(z.array(z.enum(ITEM_LANGUAGE_VALUES, { error: `each must be one of ${ITEM_LANGUAGE_VALUES.join(', ')}` }))),
  municipality: optionalText,
  rights: z.enum(RIGHTS_STATEMENT_VALUES, { error: `must be one of ${RIGHTS_STATEMENT_VALUES.join(', ')}` }),
  files: list,
  related: list,
  visibility: z.preprocess(
    (value) => blankToUndefined(value) ?? 'restricted',
    z.enum(VISIBILITY_VALUES, { error: 'must be public or restricted' }),
  ),
  status: z.preprocess(
    (value) => blankToUndefined(value) ?? 'draft',
    z.enum(['draft', 'published'], { error: 'must be draft or published' }),
  ),
  sample: flag(false),
  consent_notes: optionalText,
  takedown_notes: optionalText,
})
export type ArchiveItemRow = z.output<typeof archiveItemRowSchema>
