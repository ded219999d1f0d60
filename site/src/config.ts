/**
 * Build-time settings, read once from the environment. Every value has a default that works on a
 * developer's machine; production sets them in Netlify's environment (see netlify.toml).
 */

/** The CMS whose public REST API the site is built from (read as an anonymous visitor). */
export const CMS_URL = normalizeOrigin(process.env.CMS_URL ?? 'http://localhost:3000', 'CMS_URL')

/** The public address of the site, for canonical, hreflang, sitemap and RSS links. Netlify sets `URL`. */
export const SITE_URL = normalizeOrigin(process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:4321', 'SITE_URL')

/**
 * Where the quick-exit control sends a visitor: a neutral, unrelated page. It is a navigation
 * away from the site, never a request made by our pages.
 */
export const QUICK_EXIT_URL = checkUrl(process.env.QUICK_EXIT_URL ?? 'https://www.bbc.com/weather', 'QUICK_EXIT_URL')

function checkUrl(value: string, name: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} is not a valid URL: "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL: "${value}"`)
  return url.href
}

/** An http(s) URL without a trailing slash, so paths can be appended. */
function normalizeOrigin(value: string, name: string): string {
  return checkUrl(value, name).replace(/\/+$/, '')
}
