import { describe, expect, it } from 'vitest'
import { apaCitation, chicagoCitation, citationText } from '../../src/lib/citation.ts'

const en = (value: string) => ({ value, lang: 'en' })
const input = {
  creators: [en('Qendra për Barazi dhe Liri (CEL)')],
  title: en('Founding of CEL'),
  dateText: 'July 2013',
  apaDate: '2013, July',
  typeLabel: 'Event',
  identifier: 'ARK-1',
  archive: 'Archive of the LGBTI+ Movement in Kosovo',
  url: 'https://arkivi.test/en/items/ark-1/',
  pageLang: 'en',
}
// The same item as the Serbian and Albanian pages give it: their dates as the page writes them
// (every part in the page's language here; see the test on `lang` for the others).
const serbian = { ...input, dateText: 'jul 2013.', apaDate: '2013, jul', url: 'https://arkivi.test/sr/items/ark-1/', pageLang: 'en' }
const albanian = { ...input, dateText: 'korrik 2013', apaDate: '2013, korrik', url: 'https://arkivi.test/sq/items/ark-1/', pageLang: 'en' }
const pages = { en: input, sq: albanian, sr: serbian }
const three = ['A', 'B', 'C'].map(en)

describe('citations', () => {
  it('follow APA: creator, date, italic title, type, archive, URL', () => {
    const apa = apaCitation(input, 'en')
    expect(citationText(apa)).toBe(
      'Qendra për Barazi dhe Liri (CEL). (2013, July). Founding of CEL [Event]. Archive of the LGBTI+ Movement in Kosovo (ARK-1). https://arkivi.test/en/items/ark-1/',
    )
    expect(apa.find((segment) => segment.italic)?.text).toBe('Founding of CEL')
    expect(citationText(apaCitation({ ...input, creators: [] }, 'en'))).toMatch(/^Founding of CEL\. \(2013, July\)\. \[Event\]\. /)
    expect(citationText(apaCitation({ ...input, creators: three }, 'en'))).toMatch(/^A, B, & C\. /)
  })

  it('follow Chicago: creator, quoted title, type and date, identifier, archive, URL', () => {
    expect(citationText(chicagoCitation(input, 'en'))).toBe(
      'Qendra për Barazi dhe Liri (CEL). “Founding of CEL.” Event, July 2013. ARK-1. Archive of the LGBTI+ Movement in Kosovo. https://arkivi.test/en/items/ark-1/.',
    )
  })

  it('join creators with the language’s own conjunction in Chicago, and with APA’s “&” in every language', () => {
    expect(citationText(chicagoCitation({ ...input, creators: three }, 'en'))).toMatch(/^A, B, and C\. /)
    // No comma before the conjunction in Albanian and Serbian.
    expect(citationText(chicagoCitation({ ...albanian, creators: three }, 'sq'))).toMatch(/^A, B dhe C\. /)
    expect(citationText(chicagoCitation({ ...serbian, creators: three }, 'sr'))).toMatch(/^A, B i C\. /)
    expect(citationText(chicagoCitation({ ...serbian, creators: three.slice(0, 2) }, 'sr'))).toMatch(/^A i B\. /)
    for (const locale of ['sq', 'sr'] as const) {
      const item = { ...pages[locale], creators: three }
      const texts = [apaCitation(item, locale), chicagoCitation(item, locale)].map(citationText)
      expect(texts[0], locale).toMatch(/^A, B, & C\. /)
      for (const text of texts) expect(text, locale).not.toMatch(/\band\b/)
    }
  })

  it('quote titles as each language does and never double a period', () => {
    const sr = citationText(chicagoCitation(serbian, 'sr'))
    expect(sr).toBe(
      'Qendra për Barazi dhe Liri (CEL). „Founding of CEL“. Event, jul 2013. ARK-1. Archive of the LGBTI+ Movement in Kosovo. https://arkivi.test/sr/items/ark-1/.',
    )
    expect(citationText(chicagoCitation(albanian, 'sq'))).toContain('“Founding of CEL”. Event, korrik 2013. ARK-1.')
    for (const locale of ['en', 'sq', 'sr'] as const) {
      for (const text of [apaCitation(pages[locale], locale), chicagoCitation(pages[locale], locale)].map(citationText)) expect(text, locale).not.toMatch(/\.\./)
    }
  })

  it('mark the parts written in another language than the page’s with that language, and only those', () => {
    const page = {
      ...serbian,
      pageLang: 'sr-Latn',
      creators: [{ value: 'Qendra për Barazi dhe Liri (CEL)', lang: 'sq' }],
      title: { value: 'Themelimi i CEL', lang: 'sq' },
    }
    for (const segments of [apaCitation(page, 'sr'), chicagoCitation(page, 'sr')]) {
      expect(segments.filter((segment) => segment.lang).map((segment) => [segment.text, segment.lang])).toEqual([
        ['Qendra për Barazi dhe Liri (CEL)', 'sq'],
        ['Themelimi i CEL', 'sq'],
      ])
      expect(citationText(segments)).not.toMatch(/[\u0001-\u0005]/)
    }
    // APA's title is italic and in Albanian: one segment with both marks.
    expect(apaCitation(page, 'sr').find((segment) => segment.italic)).toEqual({ text: 'Themelimi i CEL', italic: true, lang: 'sq' })
    expect(chicagoCitation({ ...page, title: { value: 'Osnivanje CEL-a', lang: 'sr-Latn' } }, 'sr').filter((segment) => segment.lang)).toHaveLength(1)
  })
})
