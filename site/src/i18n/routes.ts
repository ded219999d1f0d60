import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@arkivi/content-schemas'

/**
 * Every page exists at the same path in each locale: `/<locale>/<path>`. Path segments are the
 * same in all languages so that hreflang alternates, the language switcher and the sitemap can
 * pair pages by path alone.
 */
export const paths = {
  home: '',
  about: 'about/',
  programs: 'programs/',
  program: (slug: string) => `programs/${slug}/`,
  municipalities: 'municipalities/',
  municipality: (slug: string) => `municipalities/${slug}/`,
  partners: 'partners/',
  archive: 'archive/',
  item: (slug: string) => `items/${slug}/`,
  search: 'search/',
  info: (slug: string) => `info/${slug}/`,
  takedown: 'takedown/',
  takedownSent: 'takedown/sent/',
  takedownRefused: (reason: string) => `takedown/refused/${reason}/`,
  rss: 'rss.xml',
  data: 'data/',
} as const

/** The URL path of a locale-free path in one locale. */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}/${path.replace(/^\/+/, '')}`
}

/** Splits a URL path into its locale and the locale-free rest, or null outside the locales. */
export function splitLocale(pathname: string): { locale: Locale; path: string } | null {
  const match = /^\/([^/]+)\/(.*)$/.exec(pathname)
  if (!match || !isLocale(match[1])) return null
  return { locale: match[1], path: match[2] }
}

/** The same page in every locale, for hreflang links and the language switcher. */
export function alternates(path: string): { locale: Locale; href: string }[] {
  return LOCALES.map((locale) => ({ locale, href: localePath(locale, path) }))
}

/** The locale `x-default` points at. */
export const X_DEFAULT_LOCALE: Locale = DEFAULT_LOCALE
