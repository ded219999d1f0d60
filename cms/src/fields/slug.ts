import { fieldDescription } from '../i18n/labels.ts'
import { DEFAULT_LOCALE, slugify } from '@arkivi/content-schemas'
import type { CollectionSlug, FieldHook, TextField } from 'payload'
import { everPublished } from '../versions/everPublished.ts'

type Doc = Record<string, unknown> | undefined

/** The slug the source field's Albanian text gives, if the save carries that text. */
function derivedFrom(source: unknown, localized: boolean, locale: string | null | undefined): string | undefined {
  const text = !localized || locale === DEFAULT_LOCALE ? source : locale === 'all' ? (source as Doc)?.[DEFAULT_LOCALE] : undefined
  return typeof text === 'string' && text.trim() !== '' ? slugify(text) : undefined
}

/**
 * One stable slug per document, shared by every locale: derived from the Albanian source field
 * when left empty. A derived slug follows that text until the document is first published (an
 * autosave made it from the first letters typed), then it is kept, so links survive re-titling
 * and translation; a slug the editor typed is kept from the start.
 */
export function slugField(sourceField: string): TextField {
  const followSource: FieldHook = async ({ collection, data, originalDoc, req, value }) => {
    const localized = Boolean(collection?.fields.some((field) => 'name' in field && field.name === sourceField && 'localized' in field && field.localized))
    const next = derivedFrom(data?.[sourceField] ?? originalDoc?.[sourceField], localized, req.locale)
    if (typeof value !== 'string' || value.trim() === '') return next ?? value
    const typed = slugify(value)
    const previous = derivedFrom(originalDoc?.[sourceField], localized, req.locale)
    // Without drafts every save is public at once: the slug stays from the first save.
    const drafts = Boolean(collection?.versions && collection.versions.drafts)
    if (!next || typed !== previous || next === typed || !collection || !drafts || originalDoc?._status === 'published') return typed
    return (await everPublished(req, collection.slug as CollectionSlug, originalDoc?.id)) ? typed : next
  }
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: fieldDescription('slug') },
    hooks: { beforeValidate: [followSource] },
  }
}
