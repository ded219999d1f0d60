import { ARCHIVE_ITEM_TYPES, LOCALE_INFO, slugify, type Locale } from '@arkivi/content-schemas'
import type { Translate } from '../i18n/index.ts'
import { localizedString } from './localize.ts'
import type { Item, SiteData } from './siteData.ts'
import { labelOf } from './vocabulary.ts'

/** Items per archive listing page: short enough to stay light, long enough to browse. */
export const ITEMS_PER_PAGE = 20

export const FACETS = ['type', 'decade', 'subject', 'municipality'] as const
export type Facet = (typeof FACETS)[number]
export type Sort = 'newest' | 'oldest'

/** One value of a filter (e.g. type = Event) and the items that have it, in date order. */
export type FacetValue = {
  facet: Facet
  slug: string
  /** Order among the facet's values (vocabulary order, newest decade first, name). */
  rank: number | string
  label: (locale: Locale, t: Translate) => string
  newest: Item[]
  oldest: Item[]
}

/** One page of an archive listing: /<locale>/archive/[<facet>/<value>/][oldest/][page/<n>/] */
export type Listing = {
  path: string
  filter: FacetValue | null
  sort: Sort
  page: number
  totalPages: number
  total: number
  items: Item[]
  /** The listing's first page in the given order (for sort links and pagination). */
  base: (sort: Sort) => string
}

/** A filter value one item has: its type, its decade, each subject, its municipality. */
export type ItemFacet = Pick<FacetValue, 'facet' | 'slug' | 'rank' | 'label'>

/** The slug of a decade's listing (2010 → "2010s"), the same in every locale. */
export const decadeSlug = (decade: number) => `${decade}s`

const TYPE_ORDER = ARCHIVE_ITEM_TYPES.map((type) => type.value as string)
const TYPE_SLUGS = new Map(ARCHIVE_ITEM_TYPES.map((type) => [type.value as string, slugify(type.value)]))

/**
 * The filter values of an item. The archive listings group items by them and the item page
 * declares them to Pagefind, so the search page's filters and the listings' always agree.
 */
export function itemFacets(item: Item): ItemFacet[] {
  const facets: ItemFacet[] = [
    {
      facet: 'type',
      slug: TYPE_SLUGS.get(item.type) ?? slugify(item.type),
      rank: TYPE_ORDER.indexOf(item.type),
      label: (locale) => labelOf(ARCHIVE_ITEM_TYPES, item.type, locale),
    },
    { facet: 'decade', slug: decadeSlug(item.decade), rank: -item.decade, label: (_locale, t) => t('archive.decade', { decade: item.decade }) },
    ...item.subjectDocs.map((subject): ItemFacet => ({
      facet: 'subject',
      slug: subject.slug,
      rank: subject.slug,
      label: (locale) => localizedString(subject.name, locale),
    })),
  ]
  const municipality = item.municipalityDoc
  if (municipality) {
    facets.push({
      facet: 'municipality',
      slug: municipality.slug,
      rank: municipality.slug,
      label: (locale) => localizedString(municipality.displayName, locale),
    })
  }
  return facets
}

// Computed once per build: every listing page shows every filter value with its count.
const facetCache = new WeakMap<SiteData, Record<Facet, FacetValue[]>>()

/** Every value of every filter that at least one item has, each with its items in date order. */
export function facetValues(data: SiteData): Record<Facet, FacetValue[]> {
  const cached = facetCache.get(data)
  if (cached) return cached
  const groups = new Map<string, FacetValue>()
  for (const item of data.itemsByNewest) {
    for (const value of itemFacets(item)) {
      const id = `${value.facet}/${value.slug}`
      let group = groups.get(id)
      if (!group) groups.set(id, (group = { ...value, newest: [], oldest: [] }))
      group.newest.push(item)
    }
  }
  const result = Object.fromEntries(FACETS.map((facet) => [facet, [] as FacetValue[]])) as Record<Facet, FacetValue[]>
  for (const group of groups.values()) {
    group.oldest = [...group.newest].reverse()
    result[group.facet].push(group)
  }
  for (const facet of FACETS) result[facet].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
  facetCache.set(data, result)
  return result
}

const ALPHABETICAL: Facet[] = ['subject', 'municipality']
const displayCache = new WeakMap<SiteData, Map<Locale, Record<Facet, FacetValue[]>>>()

/**
 * The filter values in the order a reader of `locale` expects: types in the vocabulary's order,
 * decades newest first, subjects and municipalities alphabetically by their name in that language.
 */
export function facetValuesFor(data: SiteData, locale: Locale, t: Translate): Record<Facet, FacetValue[]> {
  let byLocale = displayCache.get(data)
  if (!byLocale) displayCache.set(data, (byLocale = new Map()))
  const cached = byLocale.get(locale)
  if (cached) return cached
  const collator = new Intl.Collator(LOCALE_INFO[locale].bcp47)
  const values = facetValues(data)
  const result = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      ALPHABETICAL.includes(facet) ? [...values[facet]].sort((a, b) => collator.compare(a.label(locale, t), b.label(locale, t))) : values[facet],
    ]),
  ) as Record<Facet, FacetValue[]>
  byLocale.set(locale, result)
  return result
}

/** The locale-free path of a listing page. */
export function listingPath(filter: Pick<FacetValue, 'facet' | 'slug'> | null, sort: Sort, page = 1): string {
  return ['archive/', filter ? `${filter.facet}/${filter.slug}/` : '', sort === 'oldest' ? 'oldest/' : '', page > 1 ? `page/${page}/` : ''].join('')
}

/** Every archive listing page: all items and each filter value, in both orders, paginated. */
export function allListings(data: SiteData): Listing[] {
  const sources: { filter: FacetValue | null; newest: Item[]; oldest: Item[] }[] = [
    { filter: null, newest: data.itemsByNewest, oldest: data.itemsByOldest },
    ...Object.values(facetValues(data))
      .flat()
      .map((value) => ({ filter: value, newest: value.newest, oldest: value.oldest })),
  ]
  const listings: Listing[] = []
  for (const source of sources) {
    for (const sort of ['newest', 'oldest'] as const) {
      const items = source[sort]
      const totalPages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE))
      for (let page = 1; page <= totalPages; page += 1) {
        listings.push({
          path: listingPath(source.filter, sort, page),
          filter: source.filter,
          sort,
          page,
          totalPages,
          total: items.length,
          items: items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE),
          base: (otherSort) => listingPath(source.filter, otherSort),
        })
      }
    }
  }
  return listings
}
