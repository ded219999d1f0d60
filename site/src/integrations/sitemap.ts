import type { SitemapItem } from '@astrojs/sitemap'
import { LOCALE_INFO } from '@arkivi/content-schemas'
import { X_DEFAULT_LOCALE } from '../i18n/routes.ts'
import { FACETS } from '../lib/listings.ts'

/** /<locale>/archive/[<facet>/<value>/][oldest/][page/<n>/] (lib/listings.ts, listingPath). */
const LISTING_PATH = new RegExp(`^/[^/]+/archive/(?:(?:${FACETS.join('|')})/[^/]+/)?(oldest/)?(page/\\d+/)?$`)

/**
 * Leaves out pages that are not content (the language chooser at `/`, the 404 pages, the takedown
 * form's answer pages) and archive
 * listings other than each filter's first page newest first: the oldest-first order and later
 * pages list the same items, and every item page is in the sitemap anyway. At 10,000 items that
 * is 17,000 fewer URLs, and @astrojs/sitemap matches each URL's language versions by scanning
 * every URL (time grows with the square of their number: 19 s for 46,500 URLs).
 */
export function sitemapFilter(page: string): boolean {
  const { pathname } = new URL(page)
  const listing = LISTING_PATH.exec(pathname)
  const notContent = pathname === '/' || /\/404\/?$/.test(pathname) || /\/takedown\/(sent|refused)\//.test(pathname)
  return !notContent && !(listing && (listing[1] || listing[2]))
}

/** Adds `x-default` (the default locale's page) to each page's hreflang alternates. */
export function sitemapSerialize(item: SitemapItem): SitemapItem {
  const fallback = item.links?.find((link) => link.lang === LOCALE_INFO[X_DEFAULT_LOCALE].bcp47)
  if (!fallback || item.links?.some((link) => link.lang === 'x-default')) return item
  return { ...item, links: [...(item.links ?? []), { url: fallback.url, lang: 'x-default' }] }
}
