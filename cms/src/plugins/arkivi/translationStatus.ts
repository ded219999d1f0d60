import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@arkivi/content-schemas'
import type { CollectionBeforeChangeHook, CollectionConfig, Field, GroupField } from 'payload'
import { isStaffField, never } from '../../access/index.ts'
import { TRANSLATION_STATUS_LABELS } from '../../i18n/translationStatus.ts'
import { declarationOf } from './declaration.ts'
import { hasLocalizedField, localizedTexts, recordSave, type Pick } from './translationHashes.ts'
import { stateFieldOf, TARGET_LOCALES, TRANSLATION_STATES, translationReport, type SourceHashes, type TranslationStatusValue } from './translationState.ts'

type Doc = Record<string, unknown>

export const TRANSLATION_STATUS_FIELD = 'translationStatus'

/** Staff read it (the list, its filter, the dashboard); nobody writes it: the hook below does. */
const staffReadOnly = { read: isStaffField, create: never, update: never }

/**
 * The stored status: per target locale a select (indexed, so the list's "needs translation into
 * sr" filter is a plain where query), and the hashes it is derived from. Shown in the list through
 * its own Cell and on the edit view as the fields to translate; never to the public.
 */
const translationStatusField: GroupField = {
  name: TRANSLATION_STATUS_FIELD,
  type: 'group',
  label: TRANSLATION_STATUS_LABELS.group,
  access: staffReadOnly,
  admin: {
    position: 'sidebar',
    components: {
      Cell: '/components/translationStatus/StatusCell.tsx#StatusCell',
      Field: '/components/translationStatus/FieldsToTranslate.tsx#FieldsToTranslate',
    },
  },
  fields: [
    ...TARGET_LOCALES.map((locale): Field => ({
      name: stateFieldOf(locale),
      type: 'select',
      label: TRANSLATION_STATUS_LABELS[locale],
      index: true,
      access: staffReadOnly,
      options: TRANSLATION_STATES.map((state) => ({ value: state, label: TRANSLATION_STATUS_LABELS[state] })),
    })),
    { name: 'hashes', type: 'json', label: TRANSLATION_STATUS_LABELS.hashes, access: staffReadOnly, admin: { hidden: true } },
  ],
}

/**
 * Records, on every save, what was translated from which Albanian text (./translationHashes.ts)
 * and the state per target locale. It reads only the save's own data and the document as it was
 * (in the saved locale, without fallback), so drafts, autosaves and bulk writers (seed, import,
 * in one transaction) cost no extra query; a `locale: 'all'` write (a duplicate) records every
 * locale, Albanian first.
 */
function recordTranslationStatus(fields: Field[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const original = (originalDoc ?? {}) as Doc
    const merged = { ...original, ...data }
    const all = req.locale === 'all'
    const locales: Locale[] = all ? [...LOCALES] : [isLocale(req.locale) ? req.locale : DEFAULT_LOCALE]
    let hashes: SourceHashes = (original[TRANSLATION_STATUS_FIELD] as TranslationStatusValue | undefined)?.hashes ?? {}
    for (const locale of locales) {
      const pick: Pick | undefined = all ? (value) => (value as Partial<Record<Locale, unknown>> | null)?.[locale] : undefined
      hashes = recordSave(hashes, locale, localizedTexts(fields, original, pick), localizedTexts(fields, merged, pick))
    }
    const report = translationReport(hashes)
    const states = Object.fromEntries(TARGET_LOCALES.map((locale) => [stateFieldOf(locale), report[locale].state]))
    return { ...data, [TRANSLATION_STATUS_FIELD]: { ...states, hashes } }
  }
}

/**
 * A content collection with localized fields gets the translation status field and its hook;
 * other collections are returned as they are. Applied by the Arkivi plugin after its wiring.
 */
export function withTranslationStatus(collection: CollectionConfig): CollectionConfig {
  if (!declarationOf(collection) || !hasLocalizedField(collection.fields)) return collection
  const own = collection.hooks ?? {}
  const columns = collection.admin?.defaultColumns
  return {
    ...collection,
    // Shown in the list by default, after the collection's own columns.
    admin: { ...collection.admin, ...(columns && { defaultColumns: [...columns, TRANSLATION_STATUS_FIELD] }) },
    fields: [...collection.fields, translationStatusField],
    hooks: { ...own, beforeChange: [...(own.beforeChange ?? []), recordTranslationStatus(collection.fields)] },
  }
}
