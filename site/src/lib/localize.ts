import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale, type RichText } from '@arkivi/content-schemas'

/** A localized field as the CMS returns it with `locale=all` (any translation may be missing). */
export type LocalizedField<T> = Partial<Record<Locale, T | null | undefined>> | null | undefined

/** The text to show for a locale: the translation, or else the fallback marked as such. */
export type Picked<T> = {
  value: T
  /** The locale the value is written in. */
  locale: Locale
  /** The value is not in the requested locale. */
  fallback: boolean
  /** The BCP 47 tag of the value's language, for its `lang` attribute. */
  lang: string
}

/** Fallback order: the requested locale, then the default (always present), then the rest. */
function fallbackOrder(locale: Locale): Locale[] {
  return [locale, DEFAULT_LOCALE, ...LOCALES.filter((other) => other !== locale && other !== DEFAULT_LOCALE)]
}

/** Picks the value for `locale`, falling back to another translation; null when there is none. */
export function pickLocalized<T>(field: LocalizedField<T>, locale: Locale, isEmpty: (value: T) => boolean = isBlank): Picked<T> | null {
  if (!field) return null
  for (const candidate of fallbackOrder(locale)) {
    const value = field[candidate]
    if (value === null || value === undefined || isEmpty(value)) continue
    return { value, locale: candidate, fallback: candidate !== locale, lang: LOCALE_INFO[candidate].bcp47 }
  }
  return null
}

/** The plain string for `locale` (falling back silently), for attributes and metadata. */
export function localizedString(field: LocalizedField<string>, locale: Locale): string {
  return pickLocalized(field, locale)?.value ?? ''
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === ''
  if (isRichText(value)) return isEmptyRichText(value)
  return false
}

function isRichText(value: unknown): value is RichText {
  return typeof value === 'object' && value !== null && 'root' in value
}

/** Lexical stores an empty editor as a root with one empty paragraph. */
export function isEmptyRichText(value: RichText): boolean {
  const visit = (nodes: RichText['root']['children']): boolean =>
    nodes.every((node) => (node.type === 'text' ? !node.text?.trim() : !node.children || visit(node.children)))
  return visit(value.root.children)
}
