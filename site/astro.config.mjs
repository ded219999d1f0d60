// @ts-check
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from '@arkivi/content-schemas'
import { ARKIVI_OUT_DIR, CMS_URL, SITE_URL } from './src/config.ts'
import { headersFile } from './src/integrations/headersFile.ts'
import { minifyClassicScripts } from './src/integrations/minifyClassicScripts.ts'
import { sitemapSerialize, sitemapFilter } from './src/integrations/sitemap.ts'

const cms = new URL(CMS_URL)

/**
 * A static site: every page is built from the CMS's public API at build time.
 * ARKIVI_OUT_DIR lets tests and benchmarks build elsewhere than site/dist.
 */
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: ARKIVI_OUT_DIR,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The Content-Security-Policy allows no inline styles or scripts: everything is a file.
    inlineStylesheets: 'never',
  },
  // Remote images are allowed from the CMS only. They are downloaded at build time, resized
  // and re-encoded by sharp, and served from this site's own origin.
  image: {
    remotePatterns: [{ protocol: cms.protocol.replace(':', ''), hostname: cms.hostname, ...(cms.port ? { port: cms.port } : {}) }],
  },
  vite: {
    // Never inline assets as data: URLs; the Content-Security-Policy allows files from this origin only.
    build: { assetsInlineLimit: 0 },
    plugins: [minifyClassicScripts(/quick-exit\.[\w-]+\.js$/)],
  },
  // No prefetching, no dev toolbar requests: pages make no request they do not need.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_INFO[locale].bcp47])),
      },
      filter: sitemapFilter,
      serialize: sitemapSerialize,
      namespaces: { news: false, image: false, video: false },
    }),
    headersFile(CMS_URL),
  ],
})
