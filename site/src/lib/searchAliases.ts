import { foldDiacritics } from '@arkivi/content-schemas'

/**
 * Extra spellings of a page's words for the search index, so that people who type without
 * diacritics find them.
 *
 * Pagefind (1.5+) already indexes each word under its form without combining marks, so
 * "fushe kosove" finds "Fushë Kosovë" and "gracanica" finds "Gračanica", and it spells đ as
 * "dj". What it cannot know is that Serbian readers also write đ as a plain "d" (Đakovica →
 * "Dakovica"), nor that other letters without a decomposition (e.g. "ł", "ø") have a usual
 * ASCII spelling. For each word whose folded spellings differ from what Pagefind derives, this
 * returns those spellings; the page carries them in a hidden, unannounced block.
 */
export function searchAliases(text: string): string[] {
  const aliases = new Set<string>()
  for (const word of new Set(text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [])) {
    const pagefindForm = stripMarks(word).replace(/đ/g, 'dj')
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
