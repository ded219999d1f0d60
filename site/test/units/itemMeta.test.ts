import { describe, expect, it } from 'vitest'
import { dateParts, itemCsl, itemRis } from '../../src/lib/citationFiles.ts'
import { highwireDate, itemMetaTags } from '../../src/lib/itemMeta.ts'
import type { ItemRecord } from '../../src/lib/itemRecord.ts'

const record: ItemRecord = {
  identifier: 'ARK-1',
  locale: 'en',
  pageLang: 'en',
  title: { value: 'Founding of CEL', lang: 'en' },
  creators: [
    { value: 'Qendra për Barazi dhe Liri (CEL)', lang: 'sq' },
    { value: 'UN Women', lang: 'sq' },
  ],
  date: { value: '2013-07-01T00:00:00.000Z', precision: 'month' },
  dateText: 'July 2013',
  apaDate: '2013, July',
  type: 'Event',
  typeLabel: 'Event',
  identifierLabel: 'Identifier',
  languages: ['sq', 'en'],
  description: { value: 'Two lines\nof text.', lang: 'en' },
  subjects: [{ value: 'LGBTI rights', lang: 'en' }],
  archive: 'Archive of the LGBTI+ Movement in Kosovo',
  holder: 'Center for Equality and Liberty',
  url: 'https://arkivi.test/en/items/ark-1/',
  pdfUrls: ['https://arkivi.test/files/3/factsheet.pdf', 'https://arkivi.test/files/4/other.pdf'],
  rightsUri: 'http://rightsstatements.org/vocab/InC/1.0/',
}
const at = (value: string, precision: 'year' | 'month' | 'day') => ({ value, precision })

describe('dates for reference managers', () => {
  it('keep only the known parts: a year-only date is not the 1st of January', () => {
    expect(dateParts(at('2020-01-01T00:00:00.000Z', 'year'))).toEqual([2020])
    expect(dateParts(at('2013-07-01T00:00:00.000Z', 'month'))).toEqual([2013, 7])
    expect(dateParts(at('2013-07-05T00:00:00.000Z', 'day'))).toEqual([2013, 7, 5])
    expect(highwireDate(at('2020-01-01T00:00:00.000Z', 'year'))).toBe('2020')
    expect(highwireDate(at('2013-07-01T00:00:00.000Z', 'month'))).toBe('2013/07')
    expect(highwireDate(at('2013-07-05T00:00:00.000Z', 'day'))).toBe('2013/07/05')
  })
})

describe('item meta tags', () => {
  const tags = itemMetaTags(record)
  const of = (key: string) => tags.filter((tag) => ('name' in tag ? tag.name : tag.property) === key)

  it('give Highwire one citation_author per creator, the dated precision, the archive as publisher and one PDF', () => {
    expect(of('citation_author').map((tag) => tag.content)).toEqual(['Qendra për Barazi dhe Liri (CEL)', 'UN Women'])
    expect(of('citation_publication_date').map((tag) => tag.content)).toEqual(['2013/07'])
    expect(of('citation_publisher').map((tag) => tag.content)).toEqual([record.archive])
    expect(of('citation_language').map((tag) => tag.content)).toEqual(['sq', 'en'])
    expect(of('citation_pdf_url').map((tag) => tag.content)).toEqual([record.pdfUrls[0]])
  })

  it('write Dublin Core dates in W3CDTF and the DCMI type, and carry lang only where the value is in another language', () => {
    expect(of('DC.date').map((tag) => tag.content)).toEqual(['2013-07'])
    expect(of('DCTERMS.type').map((tag) => tag.content)).toEqual(['http://purl.org/dc/dcmitype/Event'])
    expect(of('DC.creator').map((tag) => tag.lang)).toEqual(['sq', 'sq'])
    expect(of('DC.title')[0].lang).toBeUndefined()
  })

  it('name the page’s locale and its alternates for OpenGraph, and an image only when one is given', () => {
    expect(of('og:locale').map((tag) => tag.content)).toEqual(['en_US'])
    expect(of('og:locale:alternate').map((tag) => tag.content)).toEqual(['sq_AL', 'sr_RS'])
    expect(of('og:image')).toEqual([])
    const image = { url: 'https://arkivi.test/_astro/a.png', width: 1200, height: 800, alt: 'A placeholder' }
    expect(
      itemMetaTags(record, image)
        .filter((tag) => 'property' in tag && tag.property.startsWith('og:image'))
        .map((tag) => tag.content),
    ).toEqual([image.url, '1200', '800', 'A placeholder'])
  })
})

describe('citation files', () => {
  it('CSL-JSON: a manuscript held in the archive at its identifier, with date parts and circa', () => {
    expect(itemCsl(record)).toMatchObject({
      id: 'ARK-1',
      type: 'manuscript',
      author: [{ literal: 'Qendra për Barazi dhe Liri (CEL)' }, { literal: 'UN Women' }],
      issued: { 'date-parts': [[2013, 7]] },
      archive: record.archive,
      archive_location: 'ARK-1',
      language: 'sq',
    })
    expect(itemCsl({ ...record, date: { ...at('2020-01-01T00:00:00.000Z', 'year'), approximate: true } }).issued).toEqual({ 'date-parts': [[2020]], circa: true })
  })

  it('RIS: one record, each value on one line, CRLF line ends, the date with empty unknown parts', () => {
    const ris = itemRis(record)
    expect(ris.startsWith('TY  - MANSCPT\r\n')).toBe(true)
    expect(ris.endsWith('ER  - \r\n')).toBe(true)
    expect(ris.split('\r\n').filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Qendra për Barazi dhe Liri (CEL)', 'AU  - UN Women'])
    expect(ris).toContain('\r\nDA  - 2013/07//\r\n')
    expect(ris).toContain('\r\nAB  - Two lines of text.\r\n')
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
