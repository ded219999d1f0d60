import { ITEMS_PER_PAGE, decadeSlug, listingPath } from './listings.ts'
import type { Item } from './siteData.ts'

/** One bar of the archive's timeline: a year, how many public items fall in it, and where to read them. */
export type TimelineYear = {
  year: number
  count: number
  /**
   * The locale-free path of the decade listing's page (newest first) that holds the year's newest
   * item, or null for a year without items. The timeline links there instead of to listings of its
   * own: a year listing per year would add a second paginated copy of every decade listing, in
   * both orders and three locales, for items the decade listings already show in date order.
   */
  path: string | null
}

/**
 * The archive year by year, oldest year first, from the first year with an item to the last,
 * the years between without items included (a gap in the record is information too).
 * `itemsByNewest` must be in the order the decade listings show them (newest first).
 */
export function timelineYears(itemsByNewest: readonly Pick<Item, 'date' | 'decade'>[], perPage = ITEMS_PER_PAGE): TimelineYear[] {
  const counts = new Map<number, number>()
  const paths = new Map<number, string>()
  const seenInDecade = new Map<number, number>()
  for (const item of itemsByNewest) {
    const year = new Date(item.date.value).getUTCFullYear()
    const position = seenInDecade.get(item.decade) ?? 0
    seenInDecade.set(item.decade, position + 1)
    counts.set(year, (counts.get(year) ?? 0) + 1)
    if (!paths.has(year)) paths.set(year, listingPath({ facet: 'decade', slug: decadeSlug(item.decade) }, 'newest', Math.floor(position / perPage) + 1))
  }
  if (counts.size === 0) return []
  const first = Math.min(...counts.keys())
  const last = Math.max(...counts.keys())
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const year = first + index
    return { year, count: counts.get(year) ?? 0, path: paths.get(year) ?? null }
  })
}
