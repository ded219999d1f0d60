import { rightsStatementUri, type Locale } from '@arkivi/content-schemas'
import { machineDate } from './dates.ts'
import { localizedString, pickLocalized } from './localize.ts'
import { richTextToPlain, truncate } from './richTextRendering.ts'
import type { Item } from './siteData.ts'

/** Where the item sits: its page, the site's home page and names, the archive holding it. */
export type ItemPlace = { url: string; homeUrl: string; archiveName: string; holdingArchive: string }

/** An archive item as schema.org's ArchiveComponent, for the page's JSON-LD. */
export function itemJsonLd(item: Item, locale: Locale, { url, homeUrl, archiveName, holdingArchive }: ItemPlace): Record<string, unknown> {
  const descriptionText = richTextToPlain(pickLocalized(item.description, locale)?.value)
  return {
    '@context': 'https://schema.org',
    '@type': 'ArchiveComponent',
    '@id': url,
    url,
    name: localizedString(item.title, locale),
    ...(descriptionText ? { description: truncate(descriptionText, 500) } : {}),
    identifier: item.identifier,
    dateCreated: machineDate(item.date),
    additionalType: `http://purl.org/dc/dcmitype/${item.type}`,
    ...(item.format ? { encodingFormat: item.format } : {}),
    ...(item.creators.length ? { creator: item.creators } : {}),
    ...(item.subjectDocs.length ? { about: item.subjectDocs.map((subject) => localizedString(subject.name, locale)) } : {}),
    ...(item.languages.length ? { inLanguage: item.languages } : {}),
    ...(item.municipalityDoc ? { contentLocation: { '@type': 'Place', name: `${item.municipalityDoc.nameSq} / ${item.municipalityDoc.nameSr}` } } : {}),
    license: rightsStatementUri(item.rights),
    holdingArchive: { '@type': 'ArchiveOrganization', name: holdingArchive },
    isPartOf: { '@type': 'WebSite', name: archiveName, url: homeUrl },
  }
}
