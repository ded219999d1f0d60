import { createHash } from 'node:crypto'
import { DEFAULT_LOCALE, lexicalToParagraphs, type Locale } from '@arkivi/content-schemas'
import type { Field } from 'payload'
import type { SourceHashes } from './translationState.ts'

type Doc = Record<string, unknown>

/** Reads a localized field's value: as it is, or one locale of a `locale: 'all'` map. */
export type Pick = (value: unknown) => unknown

const asIs: Pick = (value) => value

/** 8 hex digits of SHA-256: enough to tell a changed text from an unchanged one, small in every version. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

/** A localized value as plain text, whitespace collapsed (a re-spaced text is not a changed one); rich text by its paragraphs. */
function plainText(field: Field, value: unknown): string {
  if (value === null || value === undefined) return ''
  const text =
    field.type === 'richText'
      ? lexicalToParagraphs(value).join('\n')
      : typeof value === 'string'
        ? value
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value.join('\n')
          : JSON.stringify(value)
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The non-empty text of every localized field of `doc`, by path (`title`, `period.note`,
 * `activities.0.title`), in field order. Rows of arrays and blocks are known by their position.
 */
export function localizedTexts(fields: Field[], doc: Doc | null | undefined, pick: Pick = asIs, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const field of fields) {
    const named = 'name' in field && field.name ? field.name : null
    if (named && 'localized' in field && field.localized) {
      const text = plainText(field, pick(doc?.[named]))
      if (text) into.set(`${prefix}${named}`, text)
      continue
    }
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      if (named) localizedTexts(field.fields, doc?.[named] as Doc | undefined, pick, `${prefix}${named}.`, into)
      else localizedTexts(field.fields, doc, pick, prefix, into)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) localizedTexts(tab.fields, doc?.[tab.name] as Doc | undefined, pick, `${prefix}${tab.name}.`, into)
        else localizedTexts(tab.fields, doc, pick, prefix, into)
      }
    } else if (named && (field.type === 'array' || field.type === 'blocks')) {
      const rows = Array.isArray(doc?.[named]) ? (doc[named] as Doc[]) : []
      rows.forEach((row, index) => {
        const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((block) => block.slug === row?.blockType)?.fields ?? [])
        localizedTexts(rowFields, row, pick, `${prefix}${named}.${index}.`, into)
      })
    }
  }
  return into
}

/** Whether any field among `fields`, however nested, is localized. */
export function hasLocalizedField(fields: Field[]): boolean {
  return fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && Array.isArray(field.fields) && hasLocalizedField(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedField(tab.fields))) ||
      (field.type === 'blocks' && (field.blocks ?? []).some((block) => hasLocalizedField(block.fields))),
  )
}

/**
 * The hashes after a save in `locale`, given the localized texts in that locale before and after.
 * A save in Albanian records the Albanian as it now is and marks no translation as saved. A save
 * in another locale records, for each of its non-empty fields that changed or had no record yet
 * (a translation written before this was kept, or by a bulk writer in one go), the Albanian it
 * was translated from: the current one. An unchanged translation keeps the Albanian it was made
 * from, so it stays outdated until someone edits it; an emptied one loses its record.
 */
export function recordSave(previous: SourceHashes, locale: Locale, before: Map<string, string>, after: Map<string, string>): SourceHashes {
  if (locale === DEFAULT_LOCALE) {
    return { ...previous, [locale]: Object.fromEntries([...after].map(([path, text]) => [path, shortHash(text)])) }
  }
  const source = previous[DEFAULT_LOCALE] ?? {}
  const saved = previous[locale] ?? {}
  const next: Record<string, string> = {}
  for (const [path, text] of after) {
    const unchanged = path in saved && before.get(path) === text
    // A translation of no Albanian yet is recorded as made from nothing: outdated once the Albanian is written.
    next[path] = unchanged ? saved[path] : (source[path] ?? '')
  }
  return { ...previous, [locale]: next }
}
