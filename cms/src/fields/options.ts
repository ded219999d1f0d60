import type { Localized, Vocabulary } from '@arkivi/content-schemas'
import type { Option } from 'payload'

/** A label for Payload's admin, keyed by the admin's language codes (Serbian Latin is `rs-latin`). */
export function adminLabel(label: Localized): Record<string, string> {
  return { en: label.en, 'rs-latin': label.sr, sq: label.sq }
}

/** Select options from a shared vocabulary, labelled in every admin language. */
export function vocabularyOptions<V extends string>(vocabulary: Vocabulary<V>): Option[] {
  return vocabulary.map(({ value, label }) => ({ value, label: adminLabel(label) }))
}
