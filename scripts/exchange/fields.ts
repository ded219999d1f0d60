import type { Field } from 'payload'

/** What the exchange needs to know of one field, found by walking the collection's config. */
export type FieldInfo =
  | { kind: 'value'; name: string; localized: boolean }
  | { kind: 'reference'; name: string; to: string; hasMany: boolean; localized: boolean }
  | { kind: 'group'; name: string; localized: boolean; fields: FieldInfo[] }
  | { kind: 'array'; name: string; localized: boolean; fields: FieldInfo[] }

// Derived on every save (isPublic by media visibility, translationStatus by the translation status hook).
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'url', 'thumbnailURL', 'sizes', 'isPublic', 'translationStatus'])

/** The data fields of a collection (rows and tabs flattened), without generated ones. */
export function describeFields(fields: Field[]): FieldInfo[] {
  return fields.flatMap((field): FieldInfo[] => {
    if (!('name' in field)) return 'fields' in field ? describeFields(field.fields as Field[]) : []
    if (SKIPPED.has(field.name) || field.type === 'join' || field.type === 'ui') return []
    const localized = Boolean('localized' in field && field.localized)
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      return [{ kind: 'reference', name: field.name, to: field.relationTo, hasMany: Boolean(field.hasMany), localized }]
    }
    if (field.type === 'group') return [{ kind: 'group', name: field.name, localized, fields: describeFields(field.fields) }]
    if (field.type === 'array') return [{ kind: 'array', name: field.name, localized, fields: describeFields(field.fields) }]
    return [{ kind: 'value', name: field.name, localized }]
  })
}
