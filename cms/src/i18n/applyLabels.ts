import type { CollectionConfig, Field, LabelFunction } from 'payload'
import type { AdminLanguage } from './adminLanguages.ts'
import { FIELD_HELP } from './fieldHelp.ts'
import { COLLECTION_LABELS, fieldLabel, type CollectionSlugOfOurs, type Labels } from './labels.ts'

/**
 * A label as a function of the admin language. Payload calls it on the server when it builds the
 * admin's client config, so the browser gets a plain string. A collection's labels must be given
 * so: some admin components use them without translating an object (the relationship field's "+"
 * button labels itself `t('fields:addNewLabel', { label: collection.labels.singular })`, which
 * read "Shto [object Object]" to a screen reader when the labels were `{ en, 'rs-latin', sq }`),
 * and so must a field's (the list's sort buttons read "Rendit sipas [object Object]").
 */
function inAdminLanguage(labels: Labels): LabelFunction {
  return ({ i18n }) => labels[i18n.language as AdminLanguage] ?? labels.en
}

/**
 * Gives every named field its label in the admin language (its own `{ en, 'rs-latin', sq }`, or
 * from labels.ts by dotted path), and, without a description, its help text (./fieldHelp.ts).
 */
function labelFields(fields: Field[], prefix: string, help: Record<string, Labels>): Field[] {
  return fields.map((field) => {
    const path = 'name' in field ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const nextPrefix = 'name' in field ? `${path}.` : prefix
    const own = 'label' in field ? field.label : undefined
    const labels = own && typeof own === 'object' && 'sq' in own ? (own as Labels) : 'name' in field && !own ? fieldLabel(path) : undefined
    let labelled = labels ? ({ ...field, label: inAdminLanguage(labels) } as Field) : field
    if ('name' in field && Object.hasOwn(help, path) && !(labelled.admin as { description?: unknown } | undefined)?.description) {
      labelled = { ...labelled, admin: { ...labelled.admin, description: help[path] } } as Field
    }
    if ('fields' in labelled && Array.isArray(labelled.fields)) {
      return { ...labelled, fields: labelFields(labelled.fields, nextPrefix, help) } as Field
    }
    return labelled
  })
}

/**
 * Applies the collection's and its fields' labels and help texts from labels.ts and
 * fieldHelp.ts, so collection files stay about structure and the three languages' texts live in
 * one place.
 */
export function withAdminLabels(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug as CollectionSlugOfOurs
  const { singular, plural } = COLLECTION_LABELS[slug]
  return {
    ...collection,
    labels: collection.labels ?? { singular: inAdminLanguage(singular), plural: inAdminLanguage(plural) },
    fields: labelFields(collection.fields, '', FIELD_HELP[slug] ?? {}),
  }
}
