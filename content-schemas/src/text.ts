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
  // No decamelizing: identifiers such as ARK-E2E-0001 must keep their letters together.
  return slugifyLibrary(text, { customReplacements: CUSTOM_REPLACEMENTS, decamelize: false })
}

/** Text without diacritics, as people type it on keyboards without ë, ç, č, ć, š, ž or đ. */
export function foldDiacritics(text: string): string {
  return transliterate(text, { customReplacements: CUSTOM_REPLACEMENTS })
}
