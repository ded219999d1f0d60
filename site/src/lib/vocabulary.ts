import type { Locale, Vocabulary } from '@arkivi/content-schemas'

/** The label of a vocabulary value in a locale (the value itself if the vocabulary lacks it). */
export function labelOf<V extends string>(vocabulary: Vocabulary<V>, value: V, locale: Locale): string {
  return vocabulary.find((entry) => entry.value === value)?.label[locale] ?? value
}
