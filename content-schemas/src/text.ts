import slugifyLibrary from '@sindresorhus/slugify'
import transliterate from '@sindresorhus/transliterate'

/**
 * Replacements that follow how Albanian and Serbian readers type without diacritics:
 * đ is written "dj" (Đakovica → Djakovica), every other mark is simply dropped.
 */
const CUSTOM_REPLACEMENTS: [string, string][] = [
  ['đ', 'dj'],
  ['Đ', 'Dj'],
]

/** A URL slug: lower-case ASCII words joined by hyphens (Fushë Kosovë → fushe-kosove). */
export function slugify(text: string): string {
  return slugifyLibrary(text, { customReplacements: CUSTOM_REPLACEMENTS })
}

/**
 * The URL slug of an accession number (ARK-E2E-0001 → ark-e2e-0001). Lower-cased first, because
 * `slugify` splits camelCase (StillImage → still-image), which would tear such codes apart.
 */
export function identifierSlug(identifier: string): string {
  return slugify(identifier.toLowerCase())
}

/** Text without diacritics, as people type it on keyboards without ë, ç, č, ć, š, ž or đ. */
export function foldDiacritics(text: string): string {
  return transliterate(text, { customReplacements: CUSTOM_REPLACEMENTS })
}
