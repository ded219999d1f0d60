import { describe, expect, it } from 'vitest'
import { decadeOf, formatApaDate, formatPartialDate, machineDate } from '../../src/lib/dates.ts'

describe('dates', () => {
  it('are written as precisely as they are known, in each language, never shifted by time zones', () => {
    const month = { value: '2013-07-01T00:00:00.000Z', precision: 'month' as const }
    expect(formatPartialDate(month, 'en')).toBe('July 2013')
    expect(formatPartialDate(month, 'sq')).toBe('korrik 2013')
    expect(formatPartialDate(month, 'sr')).toMatch(/^jul 2013/)
    expect(formatPartialDate({ value: '2020-01-01T00:00:00.000Z', precision: 'year' }, 'en')).toBe('2020')
    expect(formatApaDate(month, 'en')).toBe('2013, July')
    expect(machineDate(month)).toBe('2013-07')
    expect(decadeOf('2019-12-31T00:00:00.000Z')).toBe(2010)
  })
})
