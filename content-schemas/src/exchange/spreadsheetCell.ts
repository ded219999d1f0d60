/**
 * CSV injection (https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet opening a
 * CSV runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and OWASP lists tab, CR and
 * LF too. Exports are opened by staff and hold staff-only notes, so one hostile title must not be
 * able to exfiltrate the sheet. Some spreadsheets trim leading spaces or quotes before they look,
 * so a trigger after those counts as well; the full-width forms count because Apple Numbers
 * normalises them to the ASCII ones. (csv-stringify's `escape_formulas` checks the first character
 * only and has no inverse, so it can neither cover these cases nor round-trip.)
 *
 * The rule: a value whose leading run of whitespace and quotes (`'`, `"`) is followed by a
 * trigger, or itself holds a tab, CR or LF, is written with one `'` in front. On import, a cell
 * that starts with `'` and whose rest matches the same rule loses that one `'`. Since `'` belongs
 * to the leading run, a matching value still matches with a `'` in front: a value that really
 * starts with `'=` is written `''=` and read back as `'=`, so every value round-trips, and a cell
 * typed by hand without the prefix is read as it stands.
 */
const NEEDS_PREFIX = /^[\s'"]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/

/** The cell to write for `value`: prefixed with `'` when a spreadsheet could read it as a formula. */
export function neutraliseFormula(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value
}

/** The value a cell holds: the inverse of `neutraliseFormula`, for every string. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && NEEDS_PREFIX.test(cell.slice(1)) ? cell.slice(1) : cell
}
