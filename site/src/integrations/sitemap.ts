import type { SitemapItem } from '@astrojs/sitemap'
import { LOCALE_INFO } from '@arkivi/content-schemas'
import { X_DEFAULT_LOCALE } from '../i18n/routes.ts'

/** Pages that are not content: the language chooser at `/` and the 404 pages. */
export function sitemapFilter(page: string): boolean {
  const { pathname } = new URL(page)
  return pathname !== '/' && !/\/404\/?$/.test(pathname)
}

/** Adds `x-default` (the default locale's page) to each page's hreflang alternates. */
export function sitemapSerialize(item: SitemapItem): SitemapItem {
  const fallback = item.links?.find((link) => link.lang === LOCALE_INFO[X_DEFAULT_LOCALE].bcp47)
  if (!fallback || item.links?.some((link) => link.lang === 'x-default')) return item
  return { ...item, links: [...(item.links ?? []), { url: fallback.url, lang: 'x-default' }] }
}
