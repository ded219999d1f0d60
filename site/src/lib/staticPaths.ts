import { LOCALES, type Locale } from '@arkivi/content-schemas'

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }))
}

/** getStaticPaths for one page per locale and per entry. */
export function perLocale<T, P extends Record<string, string>>(entries: T[], params: (entry: T) => P) {
  return LOCALES.flatMap((locale: Locale) => entries.map((entry) => ({ params: { locale, ...params(entry) }, props: { entry } })))
}
