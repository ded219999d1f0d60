/**
 * An item's citation as files for reference managers (Zotero, JabRef, EndNote, Mendeley…):
 * CSL-JSON (the processor's own input), BibTeX (written from it by citation-js) and RIS. Each
 * holds one record, in the page's language, as an archival manuscript: its type, the archive
 * holding it and its identifier there, its date as precise as it is known.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import type { ItemRecord } from './itemRecord.ts'

// Cite keys from the identifier (stable across languages and edits), not from author and year.
plugins.config.get('@bibtex').format.useIdAsLabel = true

/** The date's known parts as numbers: [year], [year, month] or [year, month, day]. */
export function dateParts(date: ItemRecord['date']): number[] {
  const value = new Date(date.value)
  const parts = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
  return parts.slice(0, { year: 1, month: 2, day: 3 }[date.precision])
}

/** The item as one CSL-JSON record (https://citationstyles.org/, schema csl-data.json). */
export function itemCsl(record: ItemRecord): Record<string, unknown> {
  return {
    id: record.identifier,
    type: 'manuscript',
    title: record.title.value,
    ...(record.creators.length ? { author: record.creators.map((creator) => ({ literal: creator.value })) } : {}),
    issued: { 'date-parts': [dateParts(record.date)], ...(record.date.approximate ? { circa: true } : {}) },
    genre: record.typeLabel,
    archive: record.archive,
    archive_location: record.identifier,
    URL: record.url,
    ...(record.languages.length ? { language: record.languages[0] } : {}),
    ...(record.description ? { abstract: record.description.value } : {}),
    ...(record.subjects.length ? { keyword: record.subjects.map((subject) => subject.value).join(', ') } : {}),
  }
}

/** The CSL-JSON file: an array of one record. */
export function itemCslJson(record: ItemRecord): string {
  return `${JSON.stringify([itemCsl(record)], null, 2)}\n`
}

/**
 * The BibTeX file: an @unpublished entry (BibTeX's type for a manuscript) with the archive as
 * `howpublished` and the identifier in the required `note`. citation-js escapes TeX's special
 * characters and writes letters beyond ASCII as TeX accents, so any BibTeX reads it.
 */
export function itemBibtex(record: ItemRecord): string {
  const csl = { ...itemCsl(record), publisher: record.archive, note: `${record.identifierLabel}: ${record.identifier}` }
  return new Cite([csl]).format('bibtex', { format: 'text' }) as string
}

/**
 * The RIS file (tags as Zotero's RIS translator reads them: DB archive, AN location in the
 * archive, M3 manuscript type, L1 a PDF), lines ending in CRLF as the format asks.
 */
export function itemRis(record: ItemRecord): string {
  const [year, month, day] = dateParts(record.date)
  const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'))
  const lines: [string, string][] = [
    ['TY', 'MANSCPT'],
    ['TI', record.title.value],
    ...record.creators.map((creator): [string, string] => ['AU', creator.value]),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['M3', record.typeLabel],
    ['DB', record.archive],
    ['AN', record.identifier],
    ['PB', record.archive],
    ...record.languages.map((language): [string, string] => ['LA', language]),
    ...record.subjects.map((subject): [string, string] => ['KW', subject.value]),
    ...(record.description ? [['AB', record.description.value] as [string, string]] : []),
    ['UR', record.url],
    ...record.pdfUrls.map((url): [string, string] => ['L1', url]),
    ['ER', ''],
  ]
  // A value is one line: RIS has no escaping, a line break would start a bogus tag.
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}\r\n`).join('')
}
