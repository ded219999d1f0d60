/**
 * The content and site locales, defined once for the CMS, the site and the scripts.
 * `sr` is Serbian in Latin script; its BCP 47 tag says so (`sr-Latn`) wherever a page or
 * element declares its language.
 */
export const LOCALES = ['sq', 'sr', 'en'] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'sq'

export type LocaleInfo = {
  /** The locale's name in its own language, as shown in a language switcher. */
  label: string
  /** The BCP 47 tag for `lang` and `hreflang` attributes. */
  bcp47: string
  /** The English name, for admins and logs. */
  englishName: string
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  sq: { label: 'Shqip', bcp47: 'sq', englishName: 'Albanian' },
  sr: { label: 'Srpski', bcp47: 'sr-Latn', englishName: 'Serbian (Latin)' },
  en: { label: 'English', bcp47: 'en', englishName: 'English' },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** A value given in every locale: the shape used for labels and seed texts. */
export type Localized<T = string> = Record<Locale, T>
