import { LOCALES, LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import { en } from './en.ts'
import { sq } from './sq.ts'
import { sr } from './sr.ts'
import type { PluralKey, UiKey, UiStrings } from './types.ts'

export type { PluralKey, UiKey, UiStrings }

const DICTIONARIES: Record<Locale, UiStrings> = { sq, sr, en }

export type Translate = {
  /** The string for `key`, with `{name}` placeholders filled from `values`. */
  (key: UiKey, values?: Record<string, string | number>): string
  /** The plural form of `key` for `count` (which also fills `{count}`). */
  plural: (key: PluralKey, count: number, values?: Record<string, string | number>) => string
  locale: Locale
}

const translators = new Map<Locale, Translate>()

/** The UI strings of one locale as a translate function (one per locale, made on first use). */
export function useTranslations(locale: Locale): Translate {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = makeTranslate(locale)))
  return t
}

function makeTranslate(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale]
  const plurals = new Intl.PluralRules(LOCALE_INFO[locale].bcp47)
  const numbers = new Intl.NumberFormat(LOCALE_INFO[locale].bcp47)
  const t = ((key: UiKey, values?: Record<string, string | number>) => fill(dictionary[key], values)) as Translate
  t.plural = (key, count, values) => {
    const category = plurals.select(count)
    const form = (category === 'one' || category === 'few' ? `${key}.${category}` : `${key}.other`) as UiKey
    return fill(dictionary[form], { count: numbers.format(count), ...values })
  }
  t.locale = locale
  return t
}

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}

/** The keys of every dictionary (for the test that they match, beyond the type check). */
export function dictionaryKeys(): Record<Locale, string[]> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, Object.keys(DICTIONARIES[locale]).sort()])) as Record<Locale, string[]>
}
