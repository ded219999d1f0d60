import type { Locale } from '@arkivi/content-schemas'
import { localizedString, pickLocalized } from './localize.ts'
import { richTextToPlain } from './richTextRendering.ts'
import type { Item } from './siteData.ts'

/**
 * The text of an item's page in the page's own language (fallback translations left out), from
 * which the page's extra search spellings are made (SearchAliases.astro).
 */
export function itemSearchText(item: Item, locale: Locale): string {
  const description = pickLocalized(item.description, locale)
  const transcript = pickLocalized(item.transcript, locale)
  return [
    localizedString(item.title, locale),
    description && !description.fallback ? richTextToPlain(description.value) : '',
    transcript && !transcript.fallback ? richTextToPlain(transcript.value) : '',
    item.creators.join(' '),
    item.subjectDocs.map((subject) => localizedString(subject.name, locale)).join(' '),
    item.municipalityDoc ? `${item.municipalityDoc.nameSq} ${item.municipalityDoc.nameSr}` : '',
    localizedString(item.place, locale),
  ].join(' ')
}
