import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import { useTranslations } from '../../i18n/index.ts'
import { localePath, paths } from '../../i18n/routes.ts'
import { localizedString } from '../../lib/localize.ts'
import { richTextToPlain, truncate } from '../../lib/richTextRendering.ts'
import { pickLocalized } from '../../lib/localize.ts'
import { loadSiteData } from '../../lib/siteData.ts'
import { localeStaticPaths } from '../../lib/staticPaths.ts'

/** How many of the newest items the feed lists. */
const FEED_SIZE = 50

export const getStaticPaths = localeStaticPaths

/** An RSS feed per locale of the archive items most recently added. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const t = useTranslations(locale)
  const data = await loadSiteData()
  return rss({
    title: t('rss.title'),
    description: t('rss.description'),
    site: new URL(localePath(locale, paths.home), site),
    customData: `<language>${LOCALE_INFO[locale].bcp47}</language>`,
    items: data.itemsByAdded.slice(0, FEED_SIZE).map((item) => ({
      title: localizedString(item.title, locale),
      link: localePath(locale, paths.item(item.slug)),
      pubDate: new Date(item.createdAt),
      description: truncate(richTextToPlain(pickLocalized(item.description, locale)?.value), 400),
      categories: item.subjectDocs.map((subject) => localizedString(subject.name, locale)),
    })),
  })
}
