import { LOCALES, type Locale } from '@arkivi/content-schemas'
import { useTranslations } from '../i18n/index.ts'
import { loadSiteData, type SiteData } from './siteData.ts'

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }))
}

/** getStaticPaths for one page per locale and per entry (by its slug); the page gets the entry as `entry`. */
export function slugStaticPaths<T extends { slug: string }>(entries: (data: SiteData) => T[]) {
  return async () => {
    const all = entries(await loadSiteData())
    return LOCALES.flatMap((locale) => all.map((entry) => ({ params: { locale, slug: entry.slug }, props: { entry } })))
  }
}

/** What a page from slugStaticPaths works with: its locale and translator, its entry and the site data. */
export async function entryContext<T>(astro: { params: Record<string, string | undefined>; props: Record<string, unknown> }) {
  const locale = astro.params.locale as Locale
  return { locale, t: useTranslations(locale), entry: astro.props.entry as T, data: await loadSiteData() }
}
