import { describe, expect, it } from 'vitest'
import { timelineYears } from '../../src/lib/timeline.ts'

/** Items newest first, as the site's data and its decade listings order them. */
const itemsIn = (...years: number[]) =>
  years.sort((a, b) => b - a).map((year) => ({ date: { value: `${year}-06-01T00:00:00.000Z`, precision: 'year' as const }, decade: Math.floor(year / 10) * 10 }))

describe('the archive timeline', () => {
  it('counts the items of each year, from the first year to the last, empty years included', () => {
    expect(timelineYears(itemsIn(2013, 2020, 2020, 2020) as never)).toEqual([
      { year: 2013, count: 1, path: 'archive/decade/2010s/' },
      ...[2014, 2015, 2016, 2017, 2018, 2019].map((year) => ({ year, count: 0, path: null })),
      { year: 2020, count: 3, path: 'archive/decade/2020s/' },
    ])
  })

  it('links each year to the page of its decade listing where the year begins', () => {
    // Newest first: 2019 ×3 take places 0–2 of the 2010s, 2018 ×4 places 3–6, 2017 ×2 places 7–8.
    const years = timelineYears(itemsIn(2019, 2019, 2019, 2018, 2018, 2018, 2018, 2017, 2017, 2009) as never, 3)
    expect(years.map(({ year, path }) => [year, path])).toEqual([
      [2009, 'archive/decade/2000s/'],
      [2010, null],
      [2011, null],
      [2012, null],
      [2013, null],
      [2014, null],
      [2015, null],
      [2016, null],
      [2017, 'archive/decade/2010s/page/3/'],
      [2018, 'archive/decade/2010s/page/2/'],
      [2019, 'archive/decade/2010s/'],
    ])
  })

  it('counts a year by its UTC date, as the decade listings do', () => {
    const items = [{ date: { value: '2020-01-01T00:00:00.000Z', precision: 'year' as const }, decade: 2020 }]
    expect(timelineYears(items as never)).toEqual([{ year: 2020, count: 1, path: 'archive/decade/2020s/' }])
  })

  it('has no bars for an empty archive', () => {
    expect(timelineYears([])).toEqual([])
  })
})
