import { DEFAULT_LOCALE, LOCALES, type Locale } from '@arkivi/content-schemas'

/** A locale translated from the default (Albanian) one (DEFAULT_LOCALE is typed only as a Locale). */
export type TargetLocale = Exclude<Locale, 'sq'>
/** The locales translated from Albanian: `sr` and `en`. */
export const TARGET_LOCALES = LOCALES.filter((locale): locale is TargetLocale => locale !== DEFAULT_LOCALE)

/**
 * A translation's state: every field with Albanian text is translated from the Albanian as it is
 * now (`complete`); some are still empty (`partial`); some were translated before the Albanian
 * last changed (`outdated`, which wins over `partial`: a stale text is shown as if current).
 */
export const TRANSLATION_STATES = ['complete', 'partial', 'outdated'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

/**
 * Short hashes per localized field path (`title`, `activities.0.title`): under the default locale,
 * of the Albanian text as it is now (no entry: the Albanian is empty); under a target locale, of
 * the Albanian text as it was when that field's translation was last saved (no entry: no
 * translation). Kept small on purpose: it travels with every version of the document.
 */
export type SourceHashes = Partial<Record<Locale, Record<string, string>>>

/**
 * The stored state field of a target locale: `srState`, `enState`. Not the bare locale code:
 * Payload reads a path segment equal to the request's locale as a locale selector, so
 * `translationStatus.sr` could not be queried while the admin edits in Serbian.
 */
export const stateFieldOf = <L extends TargetLocale>(locale: L) => `${locale}State` as const

/** The stored `translationStatus` group: a queryable state per target locale, and the hashes. */
export type TranslationStatusValue = { [L in TargetLocale as `${L}State`]?: TranslationState | null } & { hashes?: SourceHashes | null }

export type LocaleReport = { state: TranslationState; missing: string[]; outdated: string[] }

/** Per target locale, its state and which field paths are missing or outdated. */
export function translationReport(hashes: SourceHashes | null | undefined): Record<TargetLocale, LocaleReport> {
  const source: Record<string, string> = hashes?.[DEFAULT_LOCALE] ?? {}
  // In the document's field order: the hook writes the Albanian hashes field by field.
  const paths = Object.keys(source)
  const report = (locale: TargetLocale): LocaleReport => {
    const saved: Record<string, string> = hashes?.[locale] ?? {}
    const missing = paths.filter((path) => !(path in saved))
    const outdated = paths.filter((path) => path in saved && saved[path] !== source[path])
    const state: TranslationState = outdated.length > 0 ? 'outdated' : missing.length > 0 ? 'partial' : 'complete'
    return { state, missing, outdated }
  }
  return Object.fromEntries(TARGET_LOCALES.map((locale) => [locale, report(locale)])) as Record<TargetLocale, LocaleReport>
}
