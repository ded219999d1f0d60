/**
 * Citations of an archive item in APA (7th ed.) and Chicago (17th ed., bibliography) style, set
 * by the CSL processor (citeproc-js through citation-js) in the reader's language, as plain text
 * (for copying) and as segments whose italic parts and parts in another language are marked (for
 * the page). Runs at build time only. The parts are given already in the reader's language; so
 * are the dates, as the page writes them, because CSL has no Albanian month names.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import CSL from 'citeproc'
import type { Locale } from '@arkivi/content-schemas'
import type { ItemRecord, LangText } from './itemRecord.ts'
import chicagoStyle from './citationStyles/chicago-note-bibliography.csl?raw'
import albanianTerms from './citationStyles/locales-sq-AL.xml?raw'
import serbianTerms from './citationStyles/locales-sr-Latn-RS.xml?raw'

/** What a citation is made of: the item's record, or the parts of it the styles print. */
export type CitationInput = Pick<ItemRecord, 'creators' | 'title' | 'dateText' | 'apaDate' | 'typeLabel' | 'identifier' | 'archive' | 'url' | 'pageLang'>

export type CitationSegment = { text: string; italic?: boolean; lang?: string }

/**
 * The CSL locale of each site locale (citation-js ships en-US; the other two are in citationStyles/).
 * citeproc-js reads only a tag's first two subtags and always loads the language's base locale
 * (sr-RS for Serbian), so the Latin-script Serbian terms are registered under that name.
 */
const CSL_LOCALES: Record<Locale, string> = { sq: 'sq-AL', sr: 'sr-RS', en: 'en-US' }

/**
 * Chicago's names take a comma before the last one ("A, B, and C"), English usage only: Albanian
 * and Serbian write "A, B dhe C", "A, B i C". CSL options are per style, not per locale, so those
 * two languages get the same style without that comma. (APA's "A, B, & C" is APA's own in every language.)
 */
const CHICAGO: Record<Locale, string> = { en: 'chicago-note-bibliography', sq: 'chicago-no-serial-comma', sr: 'chicago-no-serial-comma' }

const csl = plugins.config.get('@csl')
csl.styles.add('chicago-note-bibliography', chicagoStyle)
csl.styles.add('chicago-no-serial-comma', chicagoStyle.replace(/ delimiter-precedes-last="always"/g, '').replace(/<name /g, '<name delimiter-precedes-last="never" '))
csl.locales.add('sq-AL', albanianTerms)
csl.locales.add('sr-RS', serbianTerms)

// Plain text with italics between two control characters, split into segments afterwards; a
// part in another language than the page's goes between three others, its tag after the first.
const MARKS = /\u0001|\u0002|\u0003([^\u0004]*)\u0004|\u0005/g
CSL.Output.Formats.segments = { ...CSL.Output.Formats.text, '@font-style/italic': '\u0001%%STRING%%\u0002' }

/** APA: Creator. (Date). *Title* [Type]. Archive (Identifier). URL */
export function apaCitation(input: CitationInput, locale: Locale): CitationSegment[] {
  return render(input, input.apaDate, 'apa', locale)
}

/** Chicago: Creator. “Title.” Type, Date. Identifier. Archive. URL. */
export function chicagoCitation(input: CitationInput, locale: Locale): CitationSegment[] {
  return render(input, input.dateText, CHICAGO[locale], locale)
}

export function citationText(segments: CitationSegment[]): string {
  return segments.map((segment) => segment.text).join('')
}

function render({ creators, title, typeLabel, identifier, archive, url, pageLang }: CitationInput, date: string, style: string, locale: Locale): CitationSegment[] {
  const marked = ({ value, lang }: LangText) => (lang === pageLang ? value : `\u0003${lang}\u0004${value}\u0005`)
  // An archival document: CSL prints the genre as the type and the archive with its shelf mark.
  // Creators are names as catalogued (often organizations), given whole as a family name: citeproc
  // joins `literal` names with a comma before the last whatever the style says.
  const item = {
    id: identifier,
    type: 'manuscript',
    title: marked(title),
    author: creators.map((name) => ({ family: marked(name) })),
    issued: { literal: date },
    genre: typeLabel,
    archive,
    archive_location: identifier,
    URL: url,
  }
  const text = new Cite([item]).format('bibliography', { template: style, lang: CSL_LOCALES[locale], format: 'segments' }) as string
  return segments(text.trim())
}

/** Splits the processor's text at the marks into segments, each italic and/or in its own language. */
function segments(text: string): CitationSegment[] {
  const result: CitationSegment[] = []
  let italic = false
  let lang: string | undefined
  let start = 0
  const push = (end: number) => {
    if (end > start) result.push({ text: text.slice(start, end), ...(italic ? { italic } : {}), ...(lang ? { lang } : {}) })
  }
  for (const match of text.matchAll(MARKS)) {
    push(match.index)
    start = match.index + match[0].length
    if (match[0] === '\u0001') italic = true
    else if (match[0] === '\u0002') italic = false
    else if (match[0] === '\u0005') lang = undefined
    else lang = match[1]
  }
  push(text.length)
  return result
}
