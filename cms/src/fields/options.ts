import type { Vocabulary } from '@arkivi/content-schemas'
import type { Option } from 'payload'
import { adminLabel } from '../i18n/labels.ts'

/** Select options from a shared vocabulary, labelled in every admin language. */
export function vocabularyOptions<V extends string>(vocabulary: Vocabulary<V>): Option[] {
  return vocabulary.map(({ value, label }) => ({ value, label: adminLabel(label) }))
}
