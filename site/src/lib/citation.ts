/**
 * Citations of an archive item in APA (7th ed.) and Chicago (17th ed., bibliography) style, set
 * by the CSL processor (citeproc-js through citation-js) in the reader's language, as plain text
 * (for copying) and as segments whose italic parts are marked (for the page). Runs at build time
 * only. The parts are given already in the reader's language; so are the dates, as the page
 * writes them, because CSL has no Albanian month names.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import CSL from 'citeproc'
import type { Locale } from '@arkivi/content-schemas'
import chicagoStyle from './citationStyles/chicago-note-bibliography.csl?raw'
import albanianTerms from './citationStyles/locales-sq-AL.xml?raw'
import serbianTerms from './citationStyles/locales-sr-Latn-RS.xml?raw'

export type CitationInput = {
  creators: string[]
  title: string
  /** The date as written on the page ("July 2013", "c. 2020"), for Chicago. */
  date: string
  /** The date as APA writes it ("2013, July", "c. 2020"). */
  apaDate: string
  /** The item's type, e.g. "Event". */
  type: string
  identifier: string
  /** The archive holding the item. */
  archive: string
  url: string
}

export type CitationSegment = { text: string; italic?: boolean }

/**
 * The CSL locale of each site locale (citation-js ships en-US; the other two are in citationStyles/).
 * citeproc-js reads only a tag's first two subtags and always loads the language's base locale
 * (sr-RS for Serbian), so the Latin-script Serbian terms are registered under that name.
 */
const CSL_LOCALES: Record<Locale, string> = { sq: 'sq-AL', sr: 'sr-RS', en: 'en-US' }

const csl = plugins.config.get('@csl')
csl.styles.add('chicago-note-bibliography', chicagoStyle)
csl.locales.add('sq-AL', albanianTerms)
csl.locales.add('sr-RS', serbianTerms)

// Plain text with italics between two control characters, split into segments afterwards.
const ITALIC = /\u0001([^\u0002]*)\u0002/
CSL.Output.Formats.segments = { ...CSL.Output.Formats.text, '@font-style/italic': '\u0001%%STRING%%\u0002' }

/** APA: Creator. (Date). *Title* [Type]. Archive (Identifier). URL */
export function apaCitation(input: CitationInput, locale: Locale): CitationSegment[] {
  return render(input, input.apaDate, 'apa', locale)
}

/** Chicago: Creator. “Title.” Type, Date. Identifier. Archive. URL. */
export function chicagoCitation(input: CitationInput, locale: Locale): CitationSegment[] {
  return render(input, input.date, 'chicago-note-bibliography', locale)
}

export function citationText(segments: CitationSegment[]): string {
  return segments.map((segment) => segment.text).join('')
}

function render({ creators, title, type, identifier, archive, url }: CitationInput, date: string, style: string, locale: Locale): CitationSegment[] {
  // An archival document: CSL prints the genre as the type and the archive with its shelf mark.
  const item = {
    id: identifier,
    type: 'manuscript',
    title,
    author: creators.map((name) => ({ literal: name })),
    issued: { literal: date },
    genre: type,
    archive,
    archive_location: identifier,
    URL: url,
  }
  const text = new Cite([item]).format('bibliography', { template: style, lang: CSL_LOCALES[locale], format: 'segments' }) as string
  return text
    .trim()
    .split(ITALIC)
    .map((part, index) => (index % 2 === 1 ? { text: part, italic: true } : { text: part }))
    .filter((segment) => segment.text !== '')
}
