/**
 * The `<meta>` and `<link>` tags that let reference managers and other sites read an item page
 * without parsing it: Highwire Press `citation_*` (what Zotero's and Google Scholar's readers
 * look for first), Dublin Core as DC-HTML (`DC.*`, `DCTERMS.*` with their schema links) and
 * OpenGraph basics. Every value comes from the item's record; none names another origin except
 * the vocabularies' own URIs (rights statements, DCMI), which are identifiers, never fetched.
 */
import { LOCALES, type Locale } from '@arkivi/content-schemas'
import { machineDate } from './dates.ts'
import { dateParts } from './citationFiles.ts'
import { truncate } from './richTextRendering.ts'
import type { ItemRecord, LangText } from './itemRecord.ts'

/** A meta tag: `name` (Highwire, Dublin Core) or `property` (OpenGraph), its content and, when it differs from the page's, the content's language. */
export type MetaTag = { name: string; content: string; lang?: string } | { property: string; content: string; lang?: string }
export type HeadLink = { rel: string; href: string }

/** An image for OpenGraph, already on this site's origin. */
export type OpenGraphImage = { url: string; width: number; height: number; alt?: string }

/** OpenGraph names locales language_TERRITORY; these are the ones its readers know for the three languages. */
const OG_LOCALES: Record<Locale, string> = { sq: 'sq_AL', sr: 'sr_RS', en: 'en_US' }

/** DC-HTML: a prefix is declared by a `schema.<PREFIX>` link to its namespace. */
export const DUBLIN_CORE_SCHEMAS: HeadLink[] = [
  { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
  { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
]

/**
 * The date as Highwire asks for it: year/month/day with only the known parts ("2013", "2013/07",
 * "2013/07/15"), so a year-only date is not read as the 1st of January.
 */
export function highwireDate(date: ItemRecord['date']): string {
  return dateParts(date)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('/')
}

export function itemMetaTags(record: ItemRecord, image?: OpenGraphImage): MetaTag[] {
  const named = (name: string, text: LangText | string): MetaTag =>
    typeof text === 'string' ? { name, content: text } : { name, content: text.value, ...(text.lang !== record.pageLang ? { lang: text.lang } : {}) }
  const property = (name: string, content: string): MetaTag => ({ property: name, content })
  const date = highwireDate(record.date)
  const w3cDate = machineDate(record.date)
  return [
    named('citation_title', record.title),
    ...record.creators.map((creator) => named('citation_author', creator)),
    // Google Scholar reads the first, Zotero either; both say the same date.
    named('citation_publication_date', date),
    named('citation_date', date),
    named('citation_publisher', record.archive),
    ...record.languages.map((language) => named('citation_language', language)),
    ...record.subjects.map((subject) => named('citation_keywords', subject)),
    ...(record.pdfUrls.length ? [named('citation_pdf_url', record.pdfUrls[0])] : []),
    named('citation_public_url', record.url),

    named('DC.title', record.title),
    ...record.creators.map((creator) => named('DC.creator', creator)),
    named('DC.date', w3cDate),
    named('DC.type', record.type),
    named('DC.identifier', record.identifier),
    ...record.languages.map((language) => named('DC.language', language)),
    ...record.subjects.map((subject) => named('DC.subject', subject)),
    ...(record.description ? [named('DC.description', record.description)] : []),
    named('DC.publisher', record.archive),
    named('DC.rights', record.rightsUri),
    named('DCTERMS.created', w3cDate),
    named('DCTERMS.type', `http://purl.org/dc/dcmitype/${record.type}`),
    named('DCTERMS.isPartOf', record.archive),

    property('og:type', 'article'),
    property('og:title', record.title.value),
    property('og:url', record.url),
    property('og:site_name', record.archive),
    ...(record.description ? [property('og:description', truncate(record.description.value, 200))] : []),
    property('og:locale', OG_LOCALES[record.locale]),
    ...LOCALES.filter((locale) => locale !== record.locale).map((locale) => property('og:locale:alternate', OG_LOCALES[locale])),
    ...(image
      ? [
          property('og:image', image.url),
          property('og:image:width', String(image.width)),
          property('og:image:height', String(image.height)),
          ...(image.alt ? [property('og:image:alt', image.alt)] : []),
        ]
      : []),
  ]
}
