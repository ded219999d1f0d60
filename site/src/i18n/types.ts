import type { Locale } from '@arkivi/content-schemas'
import type { en } from './en.ts'

/**
 * The plural categories of each language, as Intl.PluralRules names them (a unit test holds this
 * to `resolvedOptions().pluralCategories`). A plural message gives exactly these forms.
 */
export const PLURAL_CATEGORIES = {
  sq: ['one', 'other'],
  sr: ['one', 'few', 'other'],
  en: ['one', 'other'],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>

/** A message in each plural form of one language. */
export type PluralForms<L extends Locale> = Record<(typeof PLURAL_CATEGORIES)[L][number], string>

type English = typeof en

/** Keys whose message comes in plural forms (an object in the dictionaries), defined by the English one. */
export type PluralKey = { [K in keyof English]: English[K] extends string ? never : K }[keyof English]

/** Keys whose message is one string, defined by the English dictionary. */
export type UiKey = Exclude<keyof English, PluralKey>

/** A complete UI dictionary of one language: every key, nothing else, each plural message in its language's forms. */
export type UiStrings<L extends Locale> = Record<UiKey, string> & Record<PluralKey, PluralForms<L>>
