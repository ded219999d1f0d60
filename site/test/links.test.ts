import { LOCALES, TAKEDOWN_REFUSALS } from '@arkivi/content-schemas'
import { check, LinkState } from 'linkinator'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { distDir, htmlFiles } from './lib/dist.ts'
import { serveBuiltSite } from '../../scripts/lib/staticSite.ts'
import { localePath, paths } from '../src/i18n/routes.ts'

/**
 * linkinator crawls the built site, served as a static host would serve it, from the root and
 * each locale's home and 404 page, and from the takedown form's answer pages (the CMS sends
 * visitors there; no link does). Links to the site's public address (canonical, hreflang,
 * RSS) are rewritten to the local server so they are checked too; links to other websites are
 * not followed (the tests have no network).
 */
describe('internal links', () => {
  it('all resolve, including fragments, and every page is reachable', async () => {
    const server = await serveBuiltSite(distDir())
    try {
      const siteUrl = inject('siteUrl')
      const takedownAnswers = (locale: (typeof LOCALES)[number]) =>
        [paths.takedownSent, ...TAKEDOWN_REFUSALS.map(paths.takedownRefused)].map((path) => localePath(locale, path))
      const entries = ['/', '/404.html', ...LOCALES.flatMap((locale) => [`/${locale}/`, `/${locale}/404/`, `/${locale}/rss.xml`, ...takedownAnswers(locale)])]
      const result = await check({
        path: entries.map((entry) => `${server.origin}${entry}`),
        recurse: true,
        concurrency: 50,
        checkCss: true,
        checkFragments: true,
        urlRewriteExpressions: [{ pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: server.origin }],
        linksToSkip: async (link) => !link.startsWith(server.origin),
      })
      const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status}) from ${link.parent}`)
      expect(broken).toEqual([])
      const reached = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname))
      const unreached = htmlFiles()
        .map((file) => `/${file.replace(/index\.html$/, '')}`)
        .filter((page) => !reached.has(page) && !entries.includes(page))
      expect(unreached).toEqual([])
    } finally {
      await server.close()
    }
  })
})
