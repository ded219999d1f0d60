import Negotiator from 'negotiator'

/**
 * The admin UI's languages, by Payload's keys (Payload calls Serbian Latin `rs-latin`; Albanian is
 * our own translation in ./sq.ts).
 */
export const ADMIN_LANGUAGES = ['en', 'rs-latin', 'sq'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** The cookie in which Payload keeps the admin language (`<cookiePrefix>-lng`). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

/**
 * Browsers say `sq`, `sr`, `sr-Latn`, `bs` or `hr`; Payload recognises only its built-in keys, and
 * would show English to every Albanian- or Serbian-speaking editor. These BCP 47 tags map to admin languages.
 */
const TAGS: Record<string, AdminLanguage> = {
  en: 'en',
  sq: 'sq',
  sr: 'rs-latin',
  bs: 'rs-latin',
  hr: 'rs-latin',
  cnr: 'rs-latin',
}

/** The admin language that best fits an Accept-Language header, or null for Payload's default. */
export function adminLanguageFor(acceptLanguage: string | null): AdminLanguage | null {
  if (!acceptLanguage) return null
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages(Object.keys(TAGS))
  return best ? TAGS[best] : null
}
