import { LOCALE_INFO, type Locale, type PartialDate } from '@arkivi/content-schemas'

const OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
}

/**
 * A date written as precisely as it is known, in the reader's language. Dates are calendar
 * dates stored at UTC midnight, so they are formatted in UTC to never shift by a day.
 */
export function formatPartialDate(date: Pick<PartialDate, 'value' | 'precision'>, locale: Locale): string {
  return formatter(locale, date.precision, OPTIONS[date.precision]).format(new Date(date.value))
}

// Creating an Intl.DateTimeFormat costs far more than formatting with one; a build formats
// tens of thousands of dates with a handful of them.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}/${key}`
  let format = formatters.get(id)
  if (!format) formatters.set(id, (format = new Intl.DateTimeFormat(LOCALE_INFO[locale].bcp47, { ...options, timeZone: 'UTC' })))
  return format
}

/** The ISO calendar date (yyyy-mm-dd) of a stored date, for `<time datetime>` and sorting. */
export function isoDay(value: string): string {
  return new Date(value).toISOString().slice(0, 10)
}

/** The `datetime` attribute for a partial date: only the parts that are known. */
export function machineDate(date: Pick<PartialDate, 'value' | 'precision'>): string {
  const day = isoDay(date.value)
  return date.precision === 'year' ? day.slice(0, 4) : date.precision === 'month' ? day.slice(0, 7) : day
}

/** The decade a date falls in, as its first year (2013 → 2010). */
export function decadeOf(value: string): number {
  return Math.floor(new Date(value).getUTCFullYear() / 10) * 10
}

/** A date as APA writes it: the year first, then month and day if known ("2013, July"). */
export function formatApaDate(date: Pick<PartialDate, 'value' | 'precision'>, locale: Locale): string {
  const value = new Date(date.value)
  const year = String(value.getUTCFullYear())
  if (date.precision === 'year') return year
  const rest = formatter(locale, `apa-${date.precision}`, { month: 'long', ...(date.precision === 'day' ? { day: 'numeric' } : {}) }).format(value)
  return `${year}, ${rest}`
}
