import { describe, expect, it } from 'vitest'
import { apaCitation, chicagoCitation, citationText } from '../../src/lib/citation.ts'

describe('citations', () => {
  const input = {
    creators: ['Qendra për Barazi dhe Liri (CEL)'],
    title: 'Founding of CEL',
    date: 'July 2013',
    apaDate: '2013, July',
    type: 'Event',
    identifier: 'ARK-1',
    archive: 'Archive of the LGBTI+ Movement in Kosovo',
    url: 'https://arkivi.test/en/items/ark-1/',
  }
  it('follow APA: creator, date, italic title, type, archive, URL', () => {
    const apa = apaCitation(input)
    expect(citationText(apa)).toBe(
      'Qendra për Barazi dhe Liri (CEL). (2013, July). Founding of CEL [Event]. Archive of the LGBTI+ Movement in Kosovo. ARK-1. https://arkivi.test/en/items/ark-1/',
    )
    expect(apa.find((segment) => segment.italic)?.text).toBe('Founding of CEL')
    expect(citationText(apaCitation({ ...input, creators: [] }))).toMatch(/^Founding of CEL \[Event\]\. \(2013, July\)\. /)
    expect(citationText(apaCitation({ ...input, creators: ['A', 'B', 'C'] }))).toMatch(/^A, B, & C\. /)
  })
  it('follow Chicago: creator, italic title, type and date, identifier, archive, URL', () => {
    expect(citationText(chicagoCitation(input))).toBe(
      'Qendra për Barazi dhe Liri (CEL). Founding of CEL. Event, July 2013. ARK-1. Archive of the LGBTI+ Movement in Kosovo. https://arkivi.test/en/items/ark-1/.',
    )
  })
})
