/**
 * date-fns's Albanian under the export name of the locale whose key it borrows (Icelandic's
 * `is`, ./dateLocale.ts): Payload reads `(await import('date-fns/locale/is')).is`.
 */
export { sq as is } from 'date-fns/locale/sq'
