import { LOCALES, LOCALE_INFO, type Locale } from '@arkivi/content-schemas'
import { en } from './en.ts'
import { sq } from './sq.ts'
import { sr } from './sr.ts'
import type { PluralKey, UiKey, UiStrings } from './types.ts'

export type { PluralKey, UiKey, UiStrings }

const DICTIONARIES: { [L in Locale]: UiStrings<L> } = { sq, sr, en }

export type Translate = {
  /** The string for `key`, with `{name}` placeholders filled from `values`. */
  (key: UiKey, values?: Record<string, string | number>): string
  /** The plural form of `key` for `count` (which also fills `{count}`). */
  plural: (key: PluralKey, count: number, values?: Record<string, string | number>) => string
  /** Every plural form of `key`, by category, for a script that picks one in the browser. */
  forms: (key: PluralKey) => Partial<Record<Intl.LDMLPluralRule, string>>
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
  // The dictionary's type guarantees a form for each category this language's rules can select.
  t.plural = (key, count, values) => {
    const forms = dictionary[key] as Record<Intl.LDMLPluralRule, string>
    return fill(forms[plurals.select(count)], { count: numbers.format(count), ...values })
  }
  t.forms = (key) => dictionary[key]
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
