import { LOCALE_INFO, type Locale } from '@arkivi/content-schemas'

/**
 * Where a locale's Pagefind bundle lives in the built site: one bundle per language
 * (pagefind/sq/, pagefind/sr-latn/, pagefind/en/), each built by a Pagefind process of its own
 * and downloaded only by that language's search page.
 */
export function searchBundleDir(locale: Locale): string {
  return `pagefind/${searchLanguage(locale)}`
}

/** The language a locale's pages declare in `<html lang>`, as Pagefind names its index. */
export function searchLanguage(locale: Locale): string {
  return LOCALE_INFO[locale].bcp47.toLowerCase()
}
