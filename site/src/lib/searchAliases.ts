import { foldDiacritics } from '@arkivi/content-schemas'

/**
 * Extra spellings of a page's words for the search index, so that people who type without
 * diacritics find them.
 *
 * Pagefind (1.5+) already indexes each word under its form without combining marks, so
 * "fushe kosove" finds "Fushë Kosovë" and "gracanica" finds "Gračanica". Letters that are not
 * a base letter plus a mark have no such form: đ (written "dj" or "d": Đakovica → "Djakovica",
 * "Dakovica"; only the Serbian stemmer maps it, not the Albanian or English index), or "ł", "ø".
 * For each word whose usual ASCII spellings differ from what Pagefind derives, this returns
 * those spellings; the page carries them in a hidden, unannounced block.
 */
export function searchAliases(text: string): string[] {
  const aliases = new Set<string>()
  for (const word of new Set(text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [])) {
    const pagefindForm = stripMarks(word)
    if (pagefindForm === word && !/[^\p{ASCII}]/u.test(pagefindForm)) continue
    for (const variant of [foldDiacritics(word).toLowerCase(), foldDiacritics(word.replace(/đ/g, 'd')).toLowerCase()]) {
      if (variant !== pagefindForm && variant !== word) aliases.add(variant)
    }
  }
  return [...aliases].sort()
}

/** Removes combining marks the way Pagefind normalizes words (NFD, then drop \p{M}). */
function stripMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}
