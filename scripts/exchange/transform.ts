import type { Locale } from '@arkivi/content-schemas'
import type { Id } from '../lib/looseApi.ts'
import type { FieldInfo } from './fields.ts'

type Json = Record<string, unknown>
export type KeyLookup = (collection: string, id: Id) => string
export type IdLookup = (collection: string, key: string, where: string) => Id

const perLocale = (value: unknown, map: (v: unknown) => unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value as Json).map(([locale, v]) => [locale, map(v)])) : value

/**
 * A document read with `locale=all&depth=0` as an exchange record: references become the
 * referenced documents' natural keys, everything else is kept (rich text stays Lexical JSON).
 */
export function toRecord(doc: Json, fields: FieldInfo[], keyOf: KeyLookup): Json {
  const record: Json = {}
  for (const field of fields) {
    const value = doc[field.name]
    if (value === undefined) continue
    const convert = (v: unknown): unknown => {
      if (v === null || v === undefined) return null
      switch (field.kind) {
        case 'reference':
          return field.hasMany ? (v as Id[]).map((id) => keyOf(field.to, id)) : keyOf(field.to, v as Id)
        case 'group':
          return toRecord(v as Json, field.fields, keyOf)
        case 'array':
          return (v as Json[]).map((row) => toRecord(row, field.fields, keyOf))
        default:
          return v
      }
    }
    record[field.name] = field.localized ? perLocale(value, convert) : convert(value)
  }
  return record
}

/**
 * The data to write for one locale: localized values for that locale, the others as they are,
 * references resolved to ids, and array rows carrying the ids of the rows the default locale
 * created, so translations land on the same rows.
 */
export function toData(record: Json, fields: FieldInfo[], locale: Locale, idOf: IdLookup, where: string, rowIds: Json = {}): Json {
  const data: Json = {}
  for (const field of fields) {
    if (!(field.name in record)) continue
    const raw = field.localized ? ((record[field.name] as Json | null)?.[locale] ?? null) : record[field.name]
    const path = `${where}.${field.name}`
    switch (field.kind) {
      case 'reference':
        data[field.name] = raw === null ? null : field.hasMany ? (raw as string[]).map((key) => idOf(field.to, key, path)) : idOf(field.to, raw as string, path)
        break
      case 'group':
        data[field.name] = raw === null ? null : toData(raw as Json, field.fields, locale, idOf, path, (rowIds[field.name] as Json) ?? {})
        break
      case 'array': {
        const existing = (rowIds[field.name] as Json[] | undefined) ?? []
        data[field.name] = ((raw as Json[] | null) ?? []).map((row, index) => ({
          ...(existing[index]?.id ? { id: existing[index].id } : {}),
          ...toData(row, field.fields, locale, idOf, `${path}[${index}]`, existing[index] ?? {}),
        }))
        break
      }
      default:
        data[field.name] = raw
    }
  }
  return data
}
