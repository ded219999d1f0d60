/**
 * Citations of an archive item in APA (7th ed.) and Chicago (17th ed., bibliography) style,
 * as plain text (for copying) and as segments whose titles are set in italics (for the page).
 * The parts are given already in the reader's language.
 */
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

/** APA: Creator. (Date). *Title* [Type]. Archive. Identifier. URL */
export function apaCitation({ creators, title, apaDate: date, type, identifier, archive, url }: CitationInput): CitationSegment[] {
  const who = joinNames(creators, '&')
  const titled: CitationSegment[] = [{ text: title, italic: true }, { text: ` [${type}]. ` }]
  const tail: CitationSegment = { text: `${archive}. ${identifier}. ${url}` }
  if (!who) return [...titled.slice(0, 1), { text: ` [${type}]. (${date}). ` }, tail]
  return [{ text: `${endWithPeriod(who)} (${date}). ` }, ...titled, tail]
}

/** Chicago: Creator. *Title*. Type, Date. Identifier. Archive. URL. */
export function chicagoCitation({ creators, title, date, type, identifier, archive, url }: CitationInput): CitationSegment[] {
  const who = joinNames(creators, 'and')
  return [
    ...(who ? [{ text: `${endWithPeriod(who)} ` }] : []),
    { text: title, italic: true },
    { text: `. ${type}, ${date}. ${identifier}. ${archive}. ${url}.` },
  ]
}

export function citationText(segments: CitationSegment[]): string {
  return segments.map((segment) => segment.text).join('')
}

function joinNames(names: string[], conjunction: string): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')}, ${conjunction} ${names.at(-1)}`
}

function endWithPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
