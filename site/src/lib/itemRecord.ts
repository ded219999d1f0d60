/**
 * One archive item as its page's citation, meta tags and download files describe it, in the
 * page's language: every value with the language it is written in (a fallback title keeps its
 * own; creators are catalogued in the archive's default language, untranslated), the date with
 * its precision, the archive that holds it, and the public files it links to.
 */
import {
  ARCHIVE_ITEM_FIELD_LABELS,
  ARCHIVE_ITEM_TYPES,
  DEFAULT_LOCALE,
  LOCALE_INFO,
  rightsStatementUri,
  type ItemLanguage,
  type Locale,
  type PartialDate,
} from '@arkivi/content-schemas'
import { useTranslations } from '../i18n/index.ts'
import { localePath, paths } from '../i18n/routes.ts'
import { formatApaDate, formatPartialDate } from './dates.ts'
import { localizedString, pickLocalized } from './localize.ts'
import { filePath } from './media.ts'
import { richTextToPlain, truncate } from './richTextRendering.ts'
import type { Item, SiteData } from './siteData.ts'
import { labelOf } from './vocabulary.ts'

/** A value and the BCP 47 tag of the language it is written in. */
export type LangText = { value: string; lang: string }

export type ItemRecord = {
  identifier: string
  locale: Locale
  /** The page's language (BCP 47). */
  pageLang: string
  title: LangText
  creators: LangText[]
  date: PartialDate
  /** The date as the page writes it ("July 2013", "c. 2020") and as APA does ("2013, July"). */
  dateText: string
  apaDate: string
  /** The DCMI type and its label in the page's language. */
  type: Item['type']
  typeLabel: string
  /** "Identifier" in the page's language, for the BibTeX note. */
  identifierLabel: string
  /** The languages the item itself is in (ISO 639 codes). */
  languages: ItemLanguage[]
  description: LangText | null
  subjects: LangText[]
  /** The archive (this site), named in the page's language: the publisher in every format. */
  archive: string
  /** The organization keeping the archive (CEL). */
  holder: string
  url: string
  /** Absolute URLs of the item's PDF files, copied to this site. */
  pdfUrls: string[]
  rightsUri: string
}

/**
 * Untranslated text (creators, names) is entered in the archive's cataloguing language, the
 * default locale: the CMS has one value for every locale.
 */
const CATALOGUE_LANG = LOCALE_INFO[DEFAULT_LOCALE].bcp47

/** The `lang` attribute for untranslated text on a page in `locale`: none where it is the page's own. */
export function untranslatedLang(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : CATALOGUE_LANG
}

/** The record of a public item for its page in `locale`; `site` is the site's public address. */
export function itemRecord(item: Item, locale: Locale, data: Pick<SiteData, 'hostOrganization'>, site: URL | string): ItemRecord {
  const t = useTranslations(locale)
  const absolute = (path: string) => new URL(path, site).href
  const picked = (field: Parameters<typeof pickLocalized<string>>[0]): LangText | null => {
    const value = pickLocalized(field, locale)
    return value ? { value: value.value, lang: value.lang } : null
  }
  const description = pickLocalized(item.description, locale)
  const descriptionText = description ? richTextToPlain(description.value) : ''
  const approximate = (date: string) => (item.date.approximate ? t('item.approximate', { date }) : date)
  return {
    identifier: item.identifier,
    locale,
    pageLang: LOCALE_INFO[locale].bcp47,
    title: picked(item.title) ?? { value: item.identifier, lang: CATALOGUE_LANG },
    creators: item.creators.map((value) => ({ value, lang: CATALOGUE_LANG })),
    date: item.date,
    dateText: approximate(formatPartialDate(item.date, locale)),
    apaDate: approximate(formatApaDate(item.date, locale)),
    type: item.type,
    typeLabel: labelOf(ARCHIVE_ITEM_TYPES, item.type, locale),
    identifierLabel: ARCHIVE_ITEM_FIELD_LABELS.identifier[locale],
    languages: item.languages,
    description: description && descriptionText ? { value: truncate(descriptionText, 1000), lang: description.lang } : null,
    subjects: item.subjectDocs.map((subject) => picked(subject.name)).filter((subject) => subject !== null),
    archive: t('site.title'),
    holder: localizedString(data.hostOrganization.name, locale),
    url: absolute(localePath(locale, paths.item(item.slug))),
    pdfUrls: item.fileDocs.filter((media) => media.mimeType === 'application/pdf').map((media) => absolute(filePath(media))),
    rightsUri: rightsStatementUri(item.rights),
  }
}

/** The download files of an item's citation, each beside the item's page in every locale. */
export const CITATION_FILES = {
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
  csl: { extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const
export type CitationFormat = keyof typeof CITATION_FILES

/** The URL path of one of an item's citation files in a locale, e.g. /en/items/ark-1.bib. */
export function citationFilePath(locale: Locale, slug: string, format: CitationFormat): string {
  return localePath(locale, `items/${slug}.${CITATION_FILES[format].extension}`)
}
