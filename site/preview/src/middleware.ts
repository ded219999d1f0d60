import { isLocale } from '@arkivi/content-schemas'
import { defineMiddleware } from 'astro:middleware'
import { withSiteData } from '../../src/lib/siteData.ts'
import { PREVIEW_BODY_SCHEMA } from './lib/body.ts'
import { bannerHtml, bannerLines, invalidDraftPage, withBanner } from './lib/banner.ts'
import { draftIssues, isPreviewable } from './lib/draft.ts'
import { previewView } from './lib/previewData.ts'

const HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }

/**
 * POST /preview/<locale>/<collection> with the CMS's body (lib/body.ts): the site data with the
 * draft in it is assembled here, the page renders with it as its data (withSiteData), and the
 * banner goes in after. Anything else is refused. The CMS is the only caller: this server listens
 * on loopback, and what it is given it only renders.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { locale, collection } = context.params
  if (context.request.method !== 'POST' || !locale || !isLocale(locale) || !collection || !isPreviewable(collection)) {
    return new Response('Not found', { status: 404, headers: HEADERS })
  }
  const body = PREVIEW_BODY_SCHEMA.safeParse(await context.request.json().catch(() => null))
  if (!body.success) return new Response('Bad preview request', { status: 400, headers: HEADERS })
  const elsewhere = collection === 'organizations' || collection === 'partners'
  let view
  try {
    view = await previewView(collection, locale, body.data)
  } catch (error) {
    const issues = draftIssues(error)
    if (!issues) throw error
    return new Response(invalidDraftPage(bannerLines(body.data.status, locale, elsewhere), locale, issues), { status: 200, headers: HEADERS })
  }
  context.locals.preview = view
  const html = await withSiteData(view.data, async () => (await next()).text())
  return new Response(withBanner(html, bannerHtml(bannerLines(view.status, locale, view.elsewhere), locale)), { status: 200, headers: HEADERS })
})
