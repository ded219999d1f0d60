import { traverseFields, type Field } from 'payload'

export type Reference = {
  /** The field's path: `logo`, or `activities.municipalities` for one inside an array or group. */
  path: string
  /** The collections it may point at. */
  to: string[]
}

/** Every relationship and upload field among `fields`, nested ones included. */
export function referencesIn(fields: Field[]): Reference[] {
  const found: Reference[] = []
  traverseFields({
    fields,
    callback: ({ field, parentPath }) => {
      if (field.type === 'relationship' || field.type === 'upload') {
        found.push({ path: `${parentPath}${field.name}`, to: [field.relationTo].flat() })
      }
    },
  })
  return found
}
