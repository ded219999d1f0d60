// @ts-check
import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import { defineConfig, passthroughImageService } from 'astro/config'
import { SITE_URL } from '../src/config.ts'

/**
 * The draft preview's renderer: a server build whose only route (src/pages/[locale]/[collection].astro)
 * renders the static site's own pages (site/src/pages, layouts, components and styles, imported
 * unchanged) for one draft that the CMS posts to it. It listens on loopback only, behind the
 * CMS's /preview route, which signs the editor in and reads the draft with their rights. Its
 * output stays in site/preview/dist, apart from the static site (site/dist) and its search index.
 */
export default defineConfig({
  // Built and run from this folder (its root), so its generated types (.astro/) and caches never
  // replace the static site's.
  site: SITE_URL,
  // The CMS forwards /preview/** here, so assets are asked for under the same prefix.
  base: '/preview',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Images are shown from the CMS as they are (the browser is signed in there, so a restricted
  // file shows too); resizing them as the static build does would take seconds per preview.
  image: { service: passthroughImageService() },
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  devToolbar: { enabled: false },
  // The editorial MDX pages (the footer lists them) come from the site's own content config.
  integrations: [mdx()],
})
