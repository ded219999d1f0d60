import { collections as site } from '../../src/content.config.ts'

/**
 * The editorial MDX pages, which the site's footer lists, as the static site defines them. The
 * CMS's collections are not loaded here: the preview reads them per request (lib/previewData.ts).
 */
export const collections = { pages: site.pages }
