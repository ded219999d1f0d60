import { z } from 'zod'

/**
 * The site build's environment: every variable it reads, parsed here and nowhere else. Every
 * value has a default that works on a developer's machine; production sets them in Netlify's
 * environment (see netlify.toml). An empty value counts as unset.
 */
const httpUrl = (fallback: string) =>
  z
    .url({ protocol: /^https?$/, error: 'is not an http:// or https:// URL' })
    .default(fallback)
    .transform((value) => new URL(value).href)

/** An http(s) URL without a trailing slash, so paths can be appended. */
const origin = (fallback: string) => httpUrl(fallback).transform((href) => href.replace(/\/+$/, ''))

const schema = z.object({
  /** The CMS whose public REST API the site is built from (read as an anonymous visitor). */
  CMS_URL: origin('http://localhost:3000'),
  /** The public address of the site, for canonical, hreflang, sitemap and RSS links. */
  SITE_URL: origin('http://localhost:4321'),
  /**
   * Where the quick-exit control sends a visitor: a neutral, unrelated page. It is a navigation
   * away from the site, never a request made by our pages.
   */
  QUICK_EXIT_URL: httpUrl('https://www.bbc.com/weather'),
  /** Where the build writes the site, relative to site/ (tests and benchmarks build elsewhere). */
  ARKIVI_OUT_DIR: z.string().default('dist'),
})

export type SiteEnv = z.output<typeof schema>

/** Parses `source` (Netlify's own `URL` stands in for an unset `SITE_URL`); a bad value names its variable. */
export function parseEnv(source: Record<string, string | undefined>): SiteEnv {
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const input: Record<string, string | undefined> = { ...set, SITE_URL: set.SITE_URL ?? set.URL }
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map(({ path: [name], message }) => `${String(name)}="${input[String(name)]}" ${message}.`)
  throw new Error(`Site build environment: ${problems.join(' ')}`)
}

export const { CMS_URL, SITE_URL, QUICK_EXIT_URL, ARKIVI_OUT_DIR } = parseEnv(process.env)
