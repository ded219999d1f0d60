import type { CollectionConfig, Field } from 'payload'
import { COLLECTION_LABELS, fieldLabel, type CollectionSlugOfOurs } from './labels.ts'

/** Gives every named field without a label its label in every admin language, by dotted path. */
function labelFields(fields: Field[], prefix: string): Field[] {
  return fields.map((field) => {
    const path = 'name' in field ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const nextPrefix = 'name' in field ? `${path}.` : prefix
    const labelled = 'name' in field && !('label' in field && field.label) ? { ...field, label: fieldLabel(path) } : field
    if ('fields' in labelled && Array.isArray(labelled.fields)) {
      return { ...labelled, fields: labelFields(labelled.fields, nextPrefix) } as Field
    }
    return labelled as Field
  })
}

/**
 * Applies the collection's and its fields' labels from labels.ts, so collection files stay about
 * structure and the three languages' labels live in one dictionary.
 */
export function withAdminLabels(collection: CollectionConfig): CollectionConfig {
  const labels = COLLECTION_LABELS[collection.slug as CollectionSlugOfOurs]
  return { ...collection, labels: collection.labels ?? labels, fields: labelFields(collection.fields, '') }
}
